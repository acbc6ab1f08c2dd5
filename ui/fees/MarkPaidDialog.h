#pragma once

#include "fees/FeeMarking.h"
#include "fees/FeeRow.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Kohtaamo {

class OfficeService;

// "Mark paid…": the fees chosen (how many, their total), the payment date and a note for the batch. Saving marks them
// paid through the office as one batch; when that would take a worker over their annual earnings ceiling the warnings
// are shown and a tick "Mark paid all the same" is needed; a refusal is shown in the dialog, which stays open.
class MarkPaidDialog : public QDialog
{
    Q_OBJECT
public:
    MarkPaidDialog(OfficeService &office, const QVector<FeeRow> &fees, QWidget *parent = nullptr);

    QDateEdit *paidOnEdit() const { return m_paidOn; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QCheckBox *acknowledgeBox() const { return m_acknowledge; }
    QString warningText() const;
    QString errorText() const;
    // The batch made (id 0 until saved).
    const FeeBatch &batch() const { return m_result.batch; }

    // What OK does: marks the fees paid; true when the batch was made (the dialog then accepts).
    bool save();

private:
    OfficeService &m_office;
    QVector<FeeRow> m_fees;
    QDateEdit *m_paidOn = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warnings = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FeeMarkingResult m_result;
};

} // namespace Kohtaamo
