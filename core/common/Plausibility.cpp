#include "Plausibility.h"

#include <QCoreApplication>
#include <QLocale>

namespace Kohtaamo::Plausibility {

Status checkLength(const QString &text, int max, const char *field)
{
    if (text.size() <= max)
        return Status::success();
    // The request form's words (and their translations) for every text that is too long.
    return Error(Error::Code::InvalidInput,
                 QCoreApplication::translate("Kohtaamo::RequestRepository",
                                             "This text is %1 characters long; at most %2 fit here. Shorten it.")
                     .arg(text.size())
                     .arg(max),
                 QString::fromLatin1(field));
}

Status checkAmount(qint64 cents, const char *field)
{
    if (cents <= kMaxAmountCents)
        return Status::success();
    const QLocale locale;
    const auto euros = [&locale](qint64 c) { return locale.toCurrencyString(double(c) / 100.0, QStringLiteral("€")); };
    return Error(Error::Code::InvalidInput,
                 QCoreApplication::translate("Kohtaamo::Plausibility", "%1 is more than %2: check the amount.")
                     .arg(euros(cents), euros(kMaxAmountCents)),
                 QString::fromLatin1(field));
}

} // namespace Kohtaamo::Plausibility
