#pragma once

#include "core/intake/IntakeTemplate.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cd::ui {

// Settings for intake form templates: a list and a form per template (name, URLs, texts per language). Saving runs
// the editor's checks (IntakeTemplateRules) and shows the reason of a refusal; nothing is stored until it passes.
class IntakeTemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IntakeTemplatesDialog(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QPlainTextEdit *smsEdit() const { return m_sms; }
    QComboBox *languageBox() const { return m_language; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void reload(const QString &select = {});
    void showTemplate(int row);
    void storeTexts();
    void showTexts();
    void save();
    void addNew();
    void removeCurrent();

    QList<IntakeTemplate> m_forms;
    IntakeTemplate m_editing;
    QString m_shownLanguage;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_statusUrl;
    QComboBox *m_language;
    QPlainTextEdit *m_sms;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_example;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace cd::ui
