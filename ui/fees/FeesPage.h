#pragma once

#include "fees/FeeFilter.h"
#include "fees/FeeRow.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Kohtaamo {

class RefreshWhenShown;

class FeeListModel;
class OfficeService;
struct OfficeChange;

// "Fees to pay": the fees of the work done in a period, filtered by organisation, worker (by name), state and
// payment batch; several chosen and marked paid as one batch (MarkPaidDialog); the list shown exported with its
// totals for bookkeeping as CSV or XLSX. Each worker's fees paid this year against their earnings ceiling are in the
// list. Reads and writes through the office only.
class FeesPage : public QWidget
{
    Q_OBJECT
public:
    enum class Period { ThisMonth, LastMonth, ThisYear, LastYear, All, Custom };

    explicit FeesPage(QWidget *parent = nullptr);

    void setOffice(OfficeService *office);
    void refresh();

    // The filter the controls say (the worker's name filters the list shown, not the query).
    FeeFilter filter() const;
    void setPeriod(Period period);
    void setState(FeeFilter::State state);
    void setOrganisation(qint64 organisationId);
    void setBatch(qint64 batchId); // 0 = any
    void setWorkerText(const QString &text);

    QTableView *view() const { return m_view; }
    FeeListModel *model() const { return m_model; }
    QVector<FeeRow> shownRows() const;
    QVector<FeeRow> selectedRows() const;
    QString totalsText() const;
    QString selectionText() const;
    QString errorText() const;
    QPushButton *markPaidButton() const { return m_markPaid; }
    QPushButton *exportButton() const { return m_export; }

    // Writes the rows shown, with the totals, as CSV or XLSX by the file's extension; an error text, empty when
    // written.
    QString exportTo(const QString &path) const;

signals:
    // A batch was made: its id (the page then shows it, ready to export).
    void batchMarked(qint64 batchId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onOfficeChanged(const OfficeChange &change);
    void loadChoices();
    void applyPeriod();
    void updateTotals();
    void markPaid();
    void exportShown();
    void undoBatch();
    void retranslateUi();

    QPointer<OfficeService> m_office; // null once the office is closed (a demo reset replaces it)
    FeeListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_worker = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_batch = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_selection = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_markPaid = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_undoBatch = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QLabel *m_workerLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_batchLabel = nullptr;
    bool m_applying = false;
    RefreshWhenShown *m_shown = nullptr; // the list is read when the page is shown
};

} // namespace Kohtaamo
