#include "MatchTexts.h"

#include <QLocale>

namespace Kohtaamo {

QString MatchTexts::perspective(Perspective p)
{
    switch (p) {
    case Perspective::ChildOrYouth:
        return tr("as child or youth");
    case Perspective::Parent:
        return tr("as parent");
    case Perspective::Relative:
        return tr("as relative");
    case Perspective::Other:
        return tr("from another position");
    case Perspective::Any:
        break;
    }
    return {};
}

QString MatchTexts::topicMatch(const TopicMatch &m)
{
    QString how;
    switch (m.level) {
    case MatchLevel::Exact:
        how = tr("%1 — exact").arg(m.requestTopicName);
        break;
    case MatchLevel::Narrower:
        how = tr("%1 — through the narrower topic %2").arg(m.requestTopicName, m.experienceTopicName);
        break;
    case MatchLevel::Broader:
        how = tr("%1 — through the broader topic %2").arg(m.requestTopicName, m.experienceTopicName);
        break;
    case MatchLevel::Sibling:
        how = tr("%1 — through the related topic %2").arg(m.requestTopicName, m.experienceTopicName);
        break;
    case MatchLevel::None:
        return tr("%1 — no experience").arg(m.requestTopicName);
    }
    return tr("%1, %2").arg(how, perspective(m.perspective));
}

QString MatchTexts::day(const QDate &date, const QString &language)
{
    return locale(language).toString(date, QLocale::ShortFormat);
}

QString MatchTexts::time(const QDateTime &time, const QString &language)
{
    return locale(language).toString(time, QLocale::ShortFormat);
}

QLocale MatchTexts::locale(const QString &language)
{
    // The Finnish forms of the three languages, as Translations::localeFor in the user interface.
    if (language == QLatin1String("fi"))
        return QLocale(QLocale::Finnish, QLocale::Finland);
    if (language == QLatin1String("sv"))
        return QLocale(QLocale::Swedish, QLocale::Finland);
    return QLocale(QLocale::English, QLocale::Finland);
}

QString MatchTexts::euros(qint64 cents)
{
    // In the UI language's number format ("1 234,50 €" in Finnish and Swedish, "1,234.50 €" in English).
    return tr("%1 €").arg(QLocale().toString(static_cast<double>(cents) / 100.0, 'f', 2));
}

QString MatchTexts::plural(const char *context, int n, const char *one, const char *many)
{
    return QCoreApplication::translate(context, n == 1 ? one : many, nullptr, n);
}

} // namespace Kohtaamo
