#pragma once

#include <QCoreApplication>

#include <memory>

namespace cd::cli {

// The CLI's application object: QCoreApplication, except for `patients export-record … --format pdf`, which needs
// QtGui's fonts and so gets a windowless QGuiApplication (offscreen unless QT_QPA_PLATFORM says otherwise).
// `argc` is kept by reference, as Qt requires.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

} // namespace cd::cli
