#pragma once

#include "domain/RequestStatus.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <algorithm>

namespace Kohtaamo {

// What the request inbox shows: every condition that is set must hold; an unset one lets everything through.
// Plain value; RequestInboxQuery turns it into SQL with bound values.
struct RequestInboxFilter
{
    QVector<RequestStatus> statuses; // any of these; empty = every status
    QString serviceType; // a ServiceType code; empty = any
    qint64 topicId = 0; // tagged with this topic or one of its narrower topics; 0 = any
    QDate receivedFrom; // received on or after; invalid = no limit
    QDate receivedTo; // received on or before
    QDate workFrom; // work date (chosen, else earliest proposed time, else deadline) on or after
    QDate workTo; // work date on or before; a request without any date never matches a work range
    // Every word of the text appears (ignoring case) in the reference, the title, or the requester's name or unit.
    QString text;
    // Only these requests (a list the Today page opened); empty = no such limit. idsTitle says what the list is
    // ("Fees not yet paid") for the filter bar; it is not part of the comparison.
    QVector<qint64> ids;
    QString idsTitle;

    bool hasWorkRange() const { return workFrom.isValid() || workTo.isValid(); }
    bool isEmpty() const
    {
        return statuses.isEmpty() && serviceType.isEmpty() && topicId == 0 && !receivedFrom.isValid()
            && !receivedTo.isValid() && !hasWorkRange() && text.trimmed().isEmpty() && ids.isEmpty();
    }
    // The words the text filter looks for.
    QStringList words() const { return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts); }
    // Words this long or longer are looked up in a trigram index (SQLite FTS5; PostgreSQL's pg_trgm when the server
    // has it) wherever they stand in a text.
    static constexpr qsizetype kIndexedWordLength = 3;
    // A shorter word of letters and digits only ("V", "Vi") matches the start of a word in the reference, title,
    // requester or unit ("Virtanen", "Kivi-Virtanen", not "Kivinen"): a word is a run of letters and digits, as in
    // SQLite's unicode61 tokenizer. It is looked up in SQLite's word index (schema version 16); on PostgreSQL in the
    // trigram indexes for two characters, by reading the table for one.
    static bool isWordStart(const QString &word)
    {
        const QList<uint> codes = word.toUcs4();
        return !codes.isEmpty() && codes.size() < kIndexedWordLength
            && std::all_of(codes.cbegin(), codes.cend(), [](uint c) { return QChar::isLetterOrNumber(c); });
    }
    // Whether a word is one no index takes: shorter than three characters with a character other than a letter or
    // digit ("%", "-2", "o'"). It is looked for anywhere in the texts by reading every request (100–300 ms on
    // 200,000), so the search field waits for a longer pause before it runs.
    bool hasUnindexedWord() const
    {
        const QStringList all = words();
        return std::any_of(all.cbegin(), all.cend(),
                           [](const QString &w) { return w.toUcs4().size() < kIndexedWordLength && !isWordStart(w); });
    }

    friend bool operator==(const RequestInboxFilter &a, const RequestInboxFilter &b)
    {
        return a.statuses == b.statuses && a.serviceType == b.serviceType && a.topicId == b.topicId
            && a.receivedFrom == b.receivedFrom && a.receivedTo == b.receivedTo && a.workFrom == b.workFrom
            && a.workTo == b.workTo && a.words() == b.words() && a.ids == b.ids;
    }
    friend bool operator!=(const RequestInboxFilter &a, const RequestInboxFilter &b) { return !(a == b); }
};

} // namespace Kohtaamo
