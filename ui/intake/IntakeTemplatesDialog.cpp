#include "ui/intake/IntakeTemplatesDialog.h"

#include "core/intake/IntakeTemplates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

template <typename W> W *named(W *widget, const QString &name)
{
    widget->setAccessibleName(name);
    return widget;
}

} // namespace

IntakeTemplatesDialog::IntakeTemplatesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Intake Form Templates"));
    setAccessibleName(tr("Intake Form Templates"));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = named(new QListWidget(this), tr("Templates"));
    m_add = named(new QPushButton(tr("&Add"), this), tr("Add template"));
    m_remove = named(new QPushButton(tr("&Remove"), this), tr("Remove template"));
    left->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    split->addLayout(left, 1);

    auto *form = new QFormLayout;
    m_name = named(new QLineEdit(this), tr("Template name"));
    m_url = named(new QLineEdit(this), tr("Form address"));
    m_url->setPlaceholderText(QStringLiteral("https://forms.clinic.example/intake?t={token}"));
    m_statusUrl = named(new QLineEdit(this), tr("Completion status address"));
    m_statusUrl->setPlaceholderText(tr("optional, https with {token}"));
    m_language = named(new QComboBox(this), tr("Language of the texts"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_sms = named(new QPlainTextEdit(this), tr("Text message"));
    m_sms->setMaximumHeight(70);
    m_subject = named(new QLineEdit(this), tr("E-mail subject"));
    m_body = named(new QPlainTextEdit(this), tr("E-mail body"));
    m_body->setMaximumHeight(100);
    m_example = new QLabel(tr("This template still points at the example address: enter your clinic's form address "
                              "before sending it."),
                           this);
    m_example->setWordWrap(true);
    m_example->setTextFormat(Qt::PlainText);
    const auto row = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Name:"), m_name);
    row(tr("Form &URL:"), m_url);
    row(tr("S&tatus URL:"), m_statusUrl);
    row(tr("&Language:"), m_language);
    row(tr("&SMS:"), m_sms);
    row(tr("E-mail su&bject:"), m_subject);
    row(tr("E-mail b&ody:"), m_body);
    form->addRow(m_example);
    auto *help = new QLabel(tr("Variables: {first_name}, {clinic_name}, {link} (required). In the URL: {token} "
                               "(required) and {patient_id}."),
                            this);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);
    form->addRow(help);
    split->addLayout(form, 3);
    layout->addLayout(split);

    m_problem = named(new QLabel(this), tr("Template problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save Template"), QDialogButtonBox::ApplyRole);
    m_save->setAccessibleName(tr("Save Template"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &IntakeTemplatesDialog::save);
    connect(m_add, &QPushButton::clicked, this, &IntakeTemplatesDialog::addNew);
    connect(m_remove, &QPushButton::clicked, this, &IntakeTemplatesDialog::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &IntakeTemplatesDialog::showTemplate);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        storeTexts();
        showTexts();
    });
    reload();
}

void IntakeTemplatesDialog::reload(const QString &select)
{
    m_forms = IntakeTemplates::load();
    m_list->clear();
    int selectRow = 0;
    for (int i = 0; i < m_forms.size(); ++i) {
        m_list->addItem(m_forms.at(i).name);
        if (m_forms.at(i).name == select)
            selectRow = i;
    }
    if (m_forms.isEmpty())
        addNew();
    else
        m_list->setCurrentRow(selectRow);
}

void IntakeTemplatesDialog::showTemplate(int row)
{
    if (row < 0 || row >= m_forms.size())
        return;
    m_editing = m_forms.at(row);
    m_name->setText(m_editing.name);
    m_url->setText(m_editing.url);
    m_statusUrl->setText(m_editing.statusUrl);
    m_example->setVisible(m_editing.exampleAddress);
    m_shownLanguage.clear();
    showTexts();
    m_problem->clear();
}

void IntakeTemplatesDialog::storeTexts()
{
    if (m_shownLanguage.isEmpty())
        return;
    m_editing.texts.insert(m_shownLanguage,
                           IntakeTexts{m_sms->toPlainText(), m_subject->text(), m_body->toPlainText()});
}

void IntakeTemplatesDialog::showTexts()
{
    m_shownLanguage = m_language->currentData().toString();
    const IntakeTexts texts = m_editing.texts.value(m_shownLanguage);
    m_sms->setPlainText(texts.sms);
    m_subject->setText(texts.emailSubject);
    m_body->setPlainText(texts.emailBody);
}

void IntakeTemplatesDialog::save()
{
    storeTexts();
    IntakeTemplate form = m_editing;
    const QString oldName = form.name;
    form.name = m_name->text().trimmed();
    if (form.url != m_url->text().trimmed())
        form.exampleAddress = false; // the clinic entered its own address
    form.url = m_url->text().trimmed();
    form.statusUrl = m_statusUrl->text().trimmed();
    // A language left empty is not part of the template.
    for (auto it = form.texts.begin(); it != form.texts.end();) {
        if (it->sms.trimmed().isEmpty() && it->emailSubject.trimmed().isEmpty() && it->emailBody.trimmed().isEmpty())
            it = form.texts.erase(it);
        else
            ++it;
    }
    if (auto valid = IntakeTemplateRules::validate(form); !valid) {
        m_problem->setText(tr("Not saved: %1").arg(valid.error().message));
        return;
    }
    if (!oldName.isEmpty() && oldName.compare(form.name, Qt::CaseInsensitive) != 0)
        (void)IntakeTemplates::remove(oldName);
    if (auto saved = IntakeTemplates::save(form); !saved) {
        m_problem->setText(tr("Not saved: %1").arg(saved.error().message));
        return;
    }
    reload(form.name);
    m_problem->setText(tr("Saved."));
}

void IntakeTemplatesDialog::addNew()
{
    IntakeTemplate form;
    form.name = QString();
    m_forms.append(form);
    m_list->addItem(tr("(new template)"));
    m_list->setCurrentRow(m_list->count() - 1);
    m_name->setFocus();
}

void IntakeTemplatesDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_forms.size())
        return;
    const QString name = m_forms.at(row).name;
    if (!name.isEmpty())
        if (auto removed = IntakeTemplates::remove(name); !removed) {
            m_problem->setText(removed.error().message);
            return;
        }
    reload();
}

} // namespace cd::ui
