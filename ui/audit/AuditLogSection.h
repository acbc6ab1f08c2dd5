#pragma once

#include "settings/SettingsSection.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Kohtaamo {

class AuditLogModel;
class DateField;
class OfficeService;
class SectionMessage;
struct AuditFilter;
struct OfficeChange;

// Settings ▸ Audit Log (admins; docs/data-protection.md): who did what, when, to which record. Filters by record (a
// request's reference or a worker's number), coordinator, period and words in the changes; the list is read a page at
// a time as it scrolls; the chosen entry's changes are shown whole below it. "Verify Chain" walks the log's hash chain
// (OfficeService::verifyAudit) and says the result. Anyone but an admin sees why the log is not shown. Reading the log
// is not itself logged.
class AuditLogSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit AuditLogSection(QWidget *parent = nullptr);

    QString title() const override;
    void setOffice(OfficeService *office) override;

    // Reads the list again with the filters as they are; false (and a message naming the field) when a filter is
    // not valid (a record that does not exist, a period that ends before it begins).
    bool applyFilters();
    void verifyChain();

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *recordInput() const { return m_record; }
    QComboBox *coordinatorInput() const { return m_coordinator; }
    QCheckBox *periodInput() const { return m_period; }
    DateField *fromInput() const { return m_from; }
    DateField *toInput() const { return m_to; }
    QLineEdit *textInput() const { return m_text; }
    QPushButton *verifyButton() const { return m_verify; }
    QPlainTextEdit *details() const { return m_details; }
    SectionMessage *message() const { return m_message; }
    QLabel *countLabel() const { return m_count; }

protected:
    void retranslateUi() override;

private:
    void onChanged(const OfficeChange &change);
    void fillCoordinators();
    void showDetails();
    void updateState();
    bool filter(AuditFilter &filter);

    QPointer<OfficeService> m_office;
    AuditLogModel *m_model = nullptr;
    QTimer *m_refresh = nullptr;
    QLabel *m_recordLabel = nullptr;
    QLineEdit *m_record = nullptr;
    QLabel *m_coordinatorLabel = nullptr;
    QComboBox *m_coordinator = nullptr;
    QCheckBox *m_period = nullptr;
    QLabel *m_fromLabel = nullptr;
    DateField *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    DateField *m_to = nullptr;
    QLabel *m_textLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_listLabel = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QPlainTextEdit *m_details = nullptr;
    SectionMessage *m_message = nullptr;
};

} // namespace Kohtaamo
