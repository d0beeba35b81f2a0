#include "ui/patients/PatientListPanel.h"

#include "core/patients/PatientStore.h"
#include "ui/patients/PatientItemDelegate.h"
#include "ui/patients/PatientListModel.h"

#include <QAction>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
// Long enough to skip the searches between keystrokes of a fast typist, short enough to feel immediate.
constexpr int SearchDebounceMs = 120;
} // namespace

PatientListPanel::PatientListPanel(PatientStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new PatientListModel(store, this)), m_search(new QLineEdit(this)),
      m_list(new QListView(this)), m_status(new QLabel(this)), m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(tr("Search by name, phone or date of birth"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setAccessibleDescription(tr("Type a name, phone digits in any format, or a date of birth."));
    m_search->setClearButtonEnabled(true);
    // Qt's clear button is an icon-only QToolButton on a textless action: a screen reader would say just "button".
    // The action is found by the object name Qt gives it; tst_accessibility fails if that ever stops matching.
    for (auto *button : m_search->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (button->defaultAction() &&
            button->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction")) {
            button->setAccessibleName(tr("Clear search"));
            button->defaultAction()->setToolTip(tr("Clear search"));
        }
    }
    m_search->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("patientList"));
    m_list->setAccessibleName(tr("Patients"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PatientItemDelegate(m_list));
    m_list->setUniformItemSizes(true); // every row has the same height: scrolling stays cheap at any length
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("patientListStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(4, 0, 4, 0);
    m_status->setWordWrap(true); // "No patients yet. Add one with …" is longer than a narrow list is wide

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &PatientListPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_model, &PatientListModel::searchFinished, this, &PatientListPanel::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this] { updateStatus(m_model->rowCount(), m_model->canFetchMore({})); });
    connect(m_model, &PatientListModel::loadFailed, this,
            [this](const cd::Error &error) { m_status->setText(error.message); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        emit currentPatientChanged(current.isValid() ? current.data(PatientListModel::PatientIdRole).toLongLong() : 0);
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit patientActivated(index.data(PatientListModel::PatientIdRole).toLongLong());
    });

    // Patients added elsewhere (the CLI, another desk) appear when the user comes back to the window.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            reloadIfCountChanged();
    });

    reload();
}

void PatientListPanel::reloadIfCountChanged()
{
    const auto count = m_store->newestId(); // patients are added, never deleted: a new id means a new patient
    if (count && count.value() != m_knownCount)
        reload();
}

void PatientListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatientListPanel::reload()
{
    if (const auto count = m_store->newestId())
        m_knownCount = count.value();
    const qint64 current = currentPatientId();
    m_model->reload();
    if (current != 0)
        selectPatient(current);
}

bool PatientListPanel::selectPatient(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
    return true;
}

qint64 PatientListPanel::currentPatientId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(PatientListModel::PatientIdRole).toLongLong() : 0;
}

bool PatientListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        // From the search field, Down goes to the results and Enter opens the selected (or first) one.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            if (m_debounce->isActive())
                runSearch();
            if (m_model->rowCount() > 0) {
                if (!m_list->currentIndex().isValid())
                    m_list->setCurrentIndex(m_model->index(0));
                m_list->setFocus(Qt::TabFocusReason);
            }
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_debounce->isActive())
                runSearch();
            QModelIndex index = m_list->currentIndex();
            if (!index.isValid() && m_model->rowCount() > 0)
                index = m_model->index(0);
            if (index.isValid()) {
                m_list->setCurrentIndex(index);
                emit patientActivated(index.data(PatientListModel::PatientIdRole).toLongLong());
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    } else if (watched == m_list) {
        // Up on the first row returns to the search field, as in a browser's address bar.
        if (key->key() == Qt::Key_Up && m_list->currentIndex().row() <= 0) {
            m_search->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatientListPanel::runSearch()
{
    m_debounce->stop();
    const qint64 previous = currentPatientId();
    m_model->setSearchText(m_search->text());
    // Keep the open patient selected when they still match. Typing never switches the open profile by itself:
    // Enter (or Down) picks from the results.
    if (previous != 0)
        selectPatient(previous);
}

void PatientListPanel::updateStatus(int loadedRows, bool more)
{
    const QLocale locale;
    if (loadedRows == 0 && !m_search->text().trimmed().isEmpty())
        m_status->setText(tr("No patient matches \"%1\".").arg(m_search->text().trimmed()));
    else if (loadedRows == 0)
        m_status->setText(tr("No patients yet. Add one with File → New Patient (Ctrl+N)."));
    else if (more)
        m_status->setText(tr("Showing the first %1 patients; scroll for more.").arg(locale.toString(loadedRows)));
    else
        m_status->setText(tr("%n patient(s)", nullptr, loadedRows));
}

} // namespace cd::ui
