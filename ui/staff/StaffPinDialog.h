#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cd::ui {

// Asks for a PIN typed twice; with `names` also for a name or a choice among them and, for a new account, a role.
// Modes: NewAccount (name, role, PIN), ResetPin (PIN for `who`), AdminPin (pick an administrator, one PIN).
class StaffPinDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { NewAccount, ResetPin, AdminPin };
    StaffPinDialog(Mode mode, const QString &who, const QStringList &names, QWidget *parent = nullptr);

    QString name() const;
    QString role() const;
    QString pin() const;
    void showError(const QString &message);
    void accept() override;

private:
    Mode m_mode;
    QLineEdit *m_name = nullptr;
    QComboBox *m_names = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin;
    QLineEdit *m_again = nullptr;
    QLabel *m_error;
};

} // namespace cd::ui
