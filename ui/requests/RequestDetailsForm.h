#pragma once

#include "RequestFormPart.h"
#include "domain/ServiceType.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Kohtaamo {

// Who asks and what for: reference, date received, requester (name, unit, e-mail, phone), title, description and
// service type.
class RequestDetailsForm : public RequestFormPart
{
    Q_OBJECT
public:
    RequestDetailsForm(FieldProblems &problems, QWidget *parent = nullptr);

    // The kinds of work to offer, named in the UI language.
    void setServiceTypes(const QVector<ServiceType> &types);
    void applyTo(Request &request) const override;

protected:
    void fill(const Request &request) override;

private:
    void selectServiceType(const QString &code);

    QLabel *m_reference = nullptr;
    QDateEdit *m_receivedOn = nullptr;
    QLineEdit *m_requesterName = nullptr;
    QLineEdit *m_requesterUnit = nullptr;
    QLineEdit *m_requesterEmail = nullptr;
    QLineEdit *m_requesterPhone = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_serviceType = nullptr;
};

} // namespace Kohtaamo
