#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd::ui {

// What a locked desk shows: the clinic's name, who was signed in, and a way back in (a staff name and PIN, or
// just "Unlock" when the computer's account is the identity). Nothing about any patient.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget *parent = nullptr);

    // `staffNames` empty: no accounts, Unlock needs no PIN. `signedIn`: preselected, may be empty.
    void prepare(const QString &clinicName, const QString &signedIn, const QStringList &staffNames, bool newSignIn);
    void showError(const QString &message);
    QLineEdit *pinField() const { return m_pin; }
    QComboBox *staffField() const { return m_staff; }
    QPushButton *unlockButton() const { return m_unlock; }

signals:
    void unlockRequested(const QString &staffName, const QString &pin);

private:
    void submit();

    QLabel *m_clinic;
    QLabel *m_who;
    QComboBox *m_staff;
    QLineEdit *m_pin;
    QPushButton *m_unlock;
    QLabel *m_error;
    QFormLayout *m_form;
};

} // namespace cd::ui
