#pragma once

#include "core/patients/PatientStore.h"

#include <QAbstractListModel>

#include <optional>

namespace cd::ui {

// The patient list: one search at a time, loaded a page at a time through the store's keyset cursor
// (canFetchMore/fetchMore), so a list of 100,000 patients never loads more than the view has scrolled to.
class PatientListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        PatientIdRole = Qt::UserRole + 1,
        PatientRole,       // cd::Patient
        FullNameRole,      // "First Last"
        PhoneDisplayRole,  // national format for the clinic's region, or empty
        DateOfBirthRole,   // QDate (invalid when unknown)
        SecondaryTextRole, // "(415) 555-0132 · 4/12/86" for the delegate's second line
        OptedOutRole,      // bool
    };

    explicit PatientListModel(PatientStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    void reload(); // runs the current search again from the top (after a create or an import)

    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }

    int rowOf(qint64 patientId) const; // -1 when not loaded
    std::optional<Patient> patientAt(int row) const;
    std::optional<Error> lastError() const { return m_lastError; }

signals:
    void searchFinished(int loadedRows, bool more);
    void loadFailed(const cd::Error &error);

private:
    void onPatientChanged(qint64 id);
    std::optional<PatientPage> loadPage(const std::optional<PatientCursor> &after);

    PatientStore *m_store;
    QString m_searchText;
    QList<Patient> m_patients;
    std::optional<PatientCursor> m_next;
    std::optional<Error> m_lastError;
    int m_pageSize = 100;
    bool m_fetching = false;
};

} // namespace cd::ui
