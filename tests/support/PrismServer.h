#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTest>

namespace cd::test {

// Stoplight Prism serving Twilio's own OpenAPI spec, for the contract tests. start() fetches the spec and Prism
// once into a cache (tests/contract/prepare-prism.sh; CLINICDESK_PRISM_CACHE=DIR overrides the build tree's cache),
// then runs `prism mock` on 127.0.0.1 and a free port in its own process group, which stop() (and the destructor)
// kills whole.
class PrismServer
{
public:
    enum class Started
    {
        Listening,
        NoNpm, // npm/node are not installed: the caller skips (ctest matches "CONTRACT TEST NOT RUN")
        Failed,
    };

    PrismServer();
    ~PrismServer();
    PrismServer(const PrismServer &) = delete;
    PrismServer &operator=(const PrismServer &) = delete;

    Started start();
    void stop();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QString failure() const { return m_failure; } // why start() did not give Listening
    quint16 port() const { return m_port; }
    QString baseUrl() const; // for CLINICDESK_TWILIO_BASE_URL
    // Everything Prism printed since the last clearLog(): its verdict on each request.
    const QByteArray &log() const { return m_log; }
    void clearLog() { m_log.clear(); }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
    QString m_failure;
};

} // namespace cd::test

// For initTestCase(): starts `prism`, skips the test when npm is absent, fails with Prism's own words otherwise.
// A macro because QSKIP and QVERIFY2 return from the calling test function.
#define CLINICDESK_START_PRISM(prism)                                                                                  \
    do {                                                                                                               \
        const auto started_ = (prism).start();                                                                         \
        if (started_ == ::cd::test::PrismServer::Started::NoNpm)                                                       \
            QSKIP("npm is absent: the Prism contract test cannot run");                                                \
        QVERIFY2(started_ == ::cd::test::PrismServer::Started::Listening, qPrintable((prism).failure()));              \
    } while (false)
