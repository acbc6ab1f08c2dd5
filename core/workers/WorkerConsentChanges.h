#pragma once

#include "domain/Consent.h"

#include <QDate>
#include <QVector>

#include <optional>

namespace Kohtaamo {

// The consents a coordinator recorded and withdrew in the worker editor, saved with the worker in one transaction
// (OfficeService::saveWorker). A stored consent is never changed: it is withdrawn on a day, or replaced by a new one.
// Plain value; the office fills in the worker and who recorded each consent.
struct WorkerConsentChanges
{
    struct Withdrawal
    {
        qint64 consentId = 0;
        int expectedVersion = 0; // the version the editor read
        QDate on;
    };
    struct NewConsent
    {
        Consent consent; // id 0; supersedesId names the consent it replaces, if any
        std::optional<int> supersededVersion; // the version the editor read the replaced consent at
    };

    QVector<Withdrawal> withdrawals; // written first: a new consent may not replace one being withdrawn
    QVector<NewConsent> recorded;

    bool isEmpty() const { return withdrawals.isEmpty() && recorded.isEmpty(); }
};

} // namespace Kohtaamo
