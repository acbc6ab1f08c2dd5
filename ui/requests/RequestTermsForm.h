#pragma once

#include "RequestFormPart.h"
#include "domain/Organisation.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Kohtaamo {

class EuroAmountEdit;

// Who takes part and on which terms: audience, language, workers needed, whether an adult of the organisation is
// present (required for minors) and whether it is recorded, the fee (euros in the UI locale, stored as cents) and
// its terms, which organisations' workers may be asked (none checked = all), and notes.
class RequestTermsForm : public RequestFormPart
{
    Q_OBJECT
public:
    RequestTermsForm(FieldProblems &problems, QWidget *parent = nullptr);

    void setOrganisations(const QVector<Organisation> &organisations);
    void applyTo(Request &request) const override;
    QVector<Error> inputProblems() const override;

    // The languages offered for the work, as codes; a request's own language is added when it is not among them.
    static QStringList offeredLanguages();

protected:
    void fill(const Request &request) override;

private:
    void selectLanguage(const QString &code);
    void checkOrganisations(const QVector<qint64> &ids);

    QLineEdit *m_audience = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_workersNeeded = nullptr;
    QCheckBox *m_supervised = nullptr;
    QCheckBox *m_recorded = nullptr;
    EuroAmountEdit *m_fee = nullptr;
    QLineEdit *m_feeTerms = nullptr;
    QListWidget *m_organisations = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QVector<Organisation> m_known;
};

} // namespace Kohtaamo
