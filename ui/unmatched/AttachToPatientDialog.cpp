#include "ui/unmatched/AttachToPatientDialog.h"

#include "ui/patients/PatientItemDelegate.h"
#include "ui/patients/PatientListModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

AttachToPatientDialog::AttachToPatientDialog(PatientStore *store, const QString &senderDisplay, QWidget *parent)
    : QDialog(parent), m_model(new PatientListModel(store, this)), m_search(new QLineEdit(this)),
      m_list(new QListView(this))
{
    setObjectName(QStringLiteral("attachToPatientDialog"));
    setWindowTitle(tr("Attach Reply to Patient"));
    auto *intro = new QLabel(tr("Which patient sent the messages from %1? They move into that patient's "
                                "conversation.")
                                 .arg(senderDisplay),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_search->setObjectName(QStringLiteral("attachSearch"));
    m_search->setPlaceholderText(tr("Search by name, phone or date of birth"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("attachPatientList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PatientItemDelegate(m_list));
    m_list->setAccessibleName(tr("Patients"));
    m_list->setUniformItemSizes(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_attach = buttons->addButton(tr("&Attach"), QDialogButtonBox::AcceptRole);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_model, &PatientListModel::setSearchText);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        updateButtons();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(440, 480);
    m_model->setSearchText(QString());
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttachToPatientDialog::updateButtons);
    updateButtons();
}

qint64 AttachToPatientDialog::selectedPatientId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(PatientListModel::PatientIdRole).toLongLong() : 0;
}

void AttachToPatientDialog::updateButtons()
{
    m_attach->setEnabled(selectedPatientId() != 0);
}

} // namespace cd::ui
