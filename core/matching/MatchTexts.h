#pragma once

#include "TopicMatch.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Kohtaamo {

// The short sentences the matching explains itself with, shared by RankingEngine and TeamSuggester, so that a topic
// match reads the same in a candidate's reasons and in what a team member adds.
class MatchTexts
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::MatchTexts)
public:
    static QString perspective(Perspective p); // "as parent"
    // "Emergency placement — exact, as parent", "Foster care — through the related topic Emergency placement, as
    // parent", "Refugee background — no experience".
    static QString topicMatch(const TopicMatch &match);
    static QString day(const QDate &date, const QString &language); // 16.3.2026 in Finnish, in the language's locale
    // A date and time in the locale of `language` (fi, sv, en: fi_FI, sv_FI, en_FI), short: "18.3.2026 14.00".
    static QString time(const QDateTime &time, const QString &language);
    static QLocale locale(const QString &language); // as the user interface sets it for the language
    static QString euros(qint64 cents); // 150.00 €
    // English sources for one and for many, each a numerus string for the translators: without a catalogue
    // (English) the text still reads right. Pass the sources through QT_TRANSLATE_N_NOOP with `context`.
    static QString plural(const char *context, int n, const char *one, const char *many);
};

} // namespace Kohtaamo
