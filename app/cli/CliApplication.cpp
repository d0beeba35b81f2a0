#include "app/cli/CliApplication.h"

#ifdef CLINICDESK_CLI_PDF
#include <QGuiApplication>
#endif

#include <cstring>

namespace cd::cli {

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef CLINICDESK_CLI_PDF
    bool exportRecord = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        exportRecord = exportRecord || std::strcmp(argv[i], "export-record") == 0;
        pdf = pdf || std::strcmp(argv[i], "pdf") == 0 || std::strcmp(argv[i], "--format=pdf") == 0;
    }
    if (exportRecord && pdf) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace cd::cli
