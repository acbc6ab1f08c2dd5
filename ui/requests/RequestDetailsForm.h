#pragma once

#include "RequestFormPart.h"
#include "domain/FundedActivity.h"
#include "domain/ServiceType.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Kohtaamo {

// Who asks and what for: reference, date received, requester (name, unit, sector, e-mail, phone), title,
// description, service type and the funded activity the work belongs to.
class RequestDetailsForm : public RequestFormPart
{
    Q_OBJECT
public:
    RequestDetailsForm(FieldProblems &problems, QWidget *parent = nullptr);

    // The kinds of work to offer, named in the UI language.
    void setServiceTypes(const QVector<ServiceType> &types);
    // The funded activities a request can belong to (the active ones, and the request's own).
    void setFundedActivities(const QVector<FundedActivity> &activities);
    void applyTo(Request &request) const override;

protected:
    void fill(const Request &request) override;

private:
    void selectServiceType(const QString &code);
    void selectFundedActivity(qint64 id);

    QLabel *m_reference = nullptr;
    QDateEdit *m_receivedOn = nullptr;
    QLineEdit *m_requesterName = nullptr;
    QLineEdit *m_requesterUnit = nullptr;
    QLineEdit *m_requesterEmail = nullptr;
    QLineEdit *m_requesterPhone = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_serviceType = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_fundedActivity = nullptr;
};

} // namespace Kohtaamo
