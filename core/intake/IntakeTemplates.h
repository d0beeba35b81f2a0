#pragma once

#include "core/common/Result.h"
#include "core/intake/IntakeTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace cd {

// Intake settings keys (clinic-wide; IT may provision and lock them like any other setting).
namespace IntakeSettingKeys {
inline const QString Templates = QStringLiteral("intake/templates");       // JSON array of templates
inline const QString FollowUpDays = QStringLiteral("intake/followUpDays"); // 0 = off, 1..14
} // namespace IntakeSettingKeys

// The clinic's form templates: read from and written to the settings (one JSON value), a fresh install's two
// examples when nothing is set.
class IntakeTemplates
{
    Q_DECLARE_TR_FUNCTIONS(cd::IntakeTemplates)
public:
    static QList<IntakeTemplate> load();
    static std::optional<IntakeTemplate> find(const QString &name);
    // Adds or replaces the template of that name after IntakeTemplateRules::validate.
    static Status<> save(const IntakeTemplate &form);
    static Status<> remove(const QString &name);
    static QList<IntakeTemplate> examples();
    static QString exampleHost() { return QStringLiteral("forms.example.com"); }

    // Parsing and writing without the settings (tests, the Settings dialog's working copy).
    static QList<IntakeTemplate> fromSettingValue(const QVariant &value);
    static QString toSettingValue(const QList<IntakeTemplate> &forms);
    static Status<> saveAll(const QList<IntakeTemplate> &forms);

    static int followUpDays(); // 0 = off
};

} // namespace cd
