#pragma once

#include "WorkerFormPart.h"
#include "domain/Organisation.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Kohtaamo {

class EuroAmountEdit;
class OptionalDateEdit;

// Who the worker is: name (or pseudonym), contact, organisation, title, date of birth, languages, where they live
// and work, status, the annual earnings ceiling and notes.
class WorkerProfileForm : public WorkerFormPart
{
    Q_OBJECT
public:
    explicit WorkerProfileForm(FieldProblems &problems, QWidget *parent = nullptr);

    void setOrganisations(const QVector<Organisation> &organisations);
    void applyTo(Worker &worker) const override;
    QVector<Error> inputProblems() const override;
    // Comma-separated text as a list, without empty parts.
    static QStringList splitList(const QString &text);

protected:
    void fill(const Worker &worker) override;

private:
    QLineEdit *m_name = nullptr;
    QCheckBox *m_pseudonym = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_organisation = nullptr;
    QComboBox *m_title = nullptr;
    OptionalDateEdit *m_dateOfBirth = nullptr;
    QLineEdit *m_languages = nullptr;
    QLineEdit *m_municipality = nullptr;
    QLineEdit *m_homeRegion = nullptr;
    QLineEdit *m_regions = nullptr;
    QComboBox *m_status = nullptr;
    EuroAmountEdit *m_ceiling = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace Kohtaamo
