#include "ui/patients/PatientListModel.h"

#include "core/phone/PhoneNumbers.h"
#include "ui/common/DateText.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QScopedValueRollback>

Q_LOGGING_CATEGORY(lcPatientList, "clinicdesk.ui.patientlist")

namespace cd::ui {

PatientListModel::PatientListModel(PatientStore *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    connect(m_store, &PatientStore::patientChanged, this, &PatientListModel::onPatientChanged);
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.size());
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Patient &p = m_patients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FullNameRole:
        return p.fullName();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString secondary = data(index, SecondaryTextRole).toString();
        return secondary.isEmpty() ? p.fullName() : p.fullName() + QStringLiteral(", ") + secondary;
    }
    case PatientIdRole:
        return p.id;
    case PatientRole:
        return QVariant::fromValue(p);
    case PhoneDisplayRole:
        return p.hasPhone() ? PhoneNumbers::display(p.phoneE164, m_store->validator().region()) : QString();
    case DateOfBirthRole:
        return p.dateOfBirth;
    case SecondaryTextRole: {
        QStringList parts;
        if (p.hasPhone())
            parts << PhoneNumbers::display(p.phoneE164, m_store->validator().region());
        else
            parts << tr("No phone");
        if (p.dateOfBirth.isValid())
            parts << shortDate(p.dateOfBirth);
        if (p.isOptedOut())
            parts << tr("Opted out");
        return parts.join(QStringLiteral(" · "));
    }
    case OptedOutRole:
        return p.isOptedOut();
    default:
        return {};
    }
}

QHash<int, QByteArray> PatientListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PatientIdRole, "patientId");
    names.insert(FullNameRole, "fullName");
    names.insert(PhoneDisplayRole, "phone");
    names.insert(DateOfBirthRole, "dateOfBirth");
    names.insert(SecondaryTextRole, "secondaryText");
    names.insert(OptedOutRole, "optedOut");
    return names;
}

bool PatientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_fetching;
}

void PatientListModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) may ask again from inside the insert signals: one fetch at a time.
    if (parent.isValid() || !m_next || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    auto page = loadPage(m_next);
    if (!page)
        return;
    m_next = page->next;
    if (page->patients.isEmpty())
        return;
    const int first = int(m_patients.size());
    beginInsertRows({}, first, first + int(page->patients.size()) - 1);
    m_patients.append(page->patients);
    endInsertRows();
}

void PatientListModel::setSearchText(const QString &text)
{
    m_searchText = text;
    reload();
}

void PatientListModel::reload()
{
    auto page = loadPage(std::nullopt);
    // Listeners of modelReset may ask for more rows while the reset is still being announced: not until it is over.
    {
        const QScopedValueRollback<bool> resetting(m_fetching, true);
        beginResetModel();
        if (page) {
            m_patients = page->patients;
            m_next = page->next;
        } else {
            m_patients.clear();
            m_next.reset();
        }
        endResetModel();
    }
    emit searchFinished(int(m_patients.size()), m_next.has_value());
}

int PatientListModel::rowOf(qint64 patientId) const
{
    for (int row = 0; row < m_patients.size(); ++row) {
        if (m_patients.at(row).id == patientId)
            return row;
    }
    return -1;
}

std::optional<Patient> PatientListModel::patientAt(int row) const
{
    if (row < 0 || row >= m_patients.size())
        return std::nullopt;
    return m_patients.at(row);
}

void PatientListModel::onPatientChanged(qint64 id)
{
    // An edit refreshes that row in place; the list order is fixed until the next search, so rows never jump
    // under the user's cursor. New patients appear on the next search or reload().
    const int row = rowOf(id);
    if (row < 0)
        return;
    auto fresh = m_store->get(id);
    if (!fresh) {
        qCWarning(lcPatientList) << "could not refresh patient" << id << fresh.error().message;
        return;
    }
    m_patients[row] = fresh.value();
    emit dataChanged(index(row), index(row));
}

std::optional<PatientPage> PatientListModel::loadPage(const std::optional<PatientCursor> &after)
{
    QElapsedTimer timer;
    timer.start();
    auto page = m_store->search(m_searchText, m_pageSize, after);
    // The search text is a patient's name or number: its length only, never the text.
    qCDebug(lcPatientList) << "page for a" << m_searchText.size() << "character search"
                           << (after ? "(next)" : "(first)") << "in" << timer.nsecsElapsed() / 1000 << "us";
    if (!page) {
        qCWarning(lcPatientList) << "search failed:" << page.error().message;
        m_lastError = page.error();
        emit loadFailed(page.error());
        return std::nullopt;
    }
    m_lastError.reset();
    return std::move(page).value();
}

} // namespace cd::ui
