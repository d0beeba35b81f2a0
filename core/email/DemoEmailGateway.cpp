#include "core/email/DemoEmailGateway.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace cd {

void DemoEmailGateway::send(const EmailMessage &message, const QObject *context, Callback done)
{
    Q_UNUSED(message);
    QTimer::singleShot(50, this, [context = QPointer<const QObject>(context), done = std::move(done)] {
        if (!context)
            return;
        EmailAccepted accepted;
        accepted.demo = true;
        accepted.messageId =
            QStringLiteral("demo-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        done(accepted);
    });
}

} // namespace cd
