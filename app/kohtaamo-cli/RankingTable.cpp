#include "RankingTable.h"

#include "TerminalText.h"
#include "requests/RequestWorkflow.h"

#include <QLocale>

#include <algorithm>

namespace Kohtaamo::Cli {

namespace {
constexpr int kMaxNameWidth = 30;
const QString kIndent = QStringLiteral("       ");

QString name(const QString &value, int width)
{
    const QString text = TerminalText::field(value);
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}
} // namespace

void RankingTable::writeHeading(QTextStream &out, const Request &request, const Ranking &ranking)
{
    const QLocale locale;
    out << tr("Request %1 “%2” (%3), work on %4, ranked on %5")
               .arg(TerminalText::field(request.reference), TerminalText::field(request.title),
                    RequestWorkflow::statusName(request.status),
                    locale.toString(ranking.requestDate, QLocale::ShortFormat),
                    locale.toString(ranking.today, QLocale::ShortFormat))
        << '\n';
}

void RankingTable::writeRanking(QTextStream &out, const Request &request, const Ranking &ranking, bool withExcluded)
{
    writeHeading(out, request, ranking);
    out << tr("%1 eligible, %2 excluded; the best %3 shown.")
               .arg(ranking.eligibleCount)
               .arg(ranking.excludedCount)
               .arg(ranking.candidates.size())
        << "\n\n";

    int nameWidth = 6;
    for (const Candidate &c : ranking.candidates)
        nameWidth = std::max(nameWidth, int(c.displayName.size()));
    nameWidth = std::min(nameWidth, kMaxNameWidth);
    QStringList partTitles;
    for (int k = 0; k < kScorePartCount; ++k)
        partTitles << ScorePart::title(static_cast<ScorePartKind>(k));

    out << QStringLiteral("%1  ").arg(QStringLiteral("#"), 4) << name(tr("Worker"), nameWidth)
        << QStringLiteral("  %1").arg(tr("Score"), 5);
    for (const QString &title : partTitles)
        out << QStringLiteral("  %1").arg(title, int(std::max<qsizetype>(title.size(), 4)));
    out << '\n';
    for (const Candidate &c : ranking.candidates) {
        out << QStringLiteral("%1  ").arg(c.position, 4) << name(c.displayName, nameWidth)
            << QStringLiteral("  %1").arg(c.score, 5);
        for (int k = 0; k < kScorePartCount; ++k)
            out << QStringLiteral("  %1").arg(c.points(static_cast<ScorePartKind>(k)),
                                              int(std::max<qsizetype>(partTitles.at(k).size(), 4)));
        out << '\n';
        for (const QString &reason : c.reasons())
            out << kIndent << TerminalText::field(reason) << '\n';
        for (const CandidateNote &n : c.notes)
            out << kIndent << QStringLiteral("! ") << TerminalText::field(n.text) << '\n';
    }
    if (ranking.candidates.isEmpty())
        out << tr("Nobody can be asked for this request.") << '\n';

    if (!withExcluded)
        return;
    out << '\n' << tr("Excluded: %1").arg(ranking.excludedCount) << '\n';
    for (const auto &entry : kExclusionReasonCodes) {
        if (const int n = ranking.countExcludedFor(entry.first))
            out << QStringLiteral("%1  ").arg(n, 6) << Exclusion::title(entry.first) << QStringLiteral(" (")
                << QString::fromLatin1(entry.second) << QStringLiteral(")\n");
    }
    out << '\n';
    for (const ExcludedWorker &x : ranking.excluded) {
        QStringList reasons;
        for (const Exclusion &e : x.exclusions)
            reasons << TerminalText::field(e.text);
        out << QStringLiteral("  ") << TerminalText::field(x.displayName) << QStringLiteral(": ")
            << reasons.join(QStringLiteral("; ")) << '\n';
    }
}

void RankingTable::writeTeam(QTextStream &out, const Request &request, const Ranking &ranking,
                             const TeamSuggestion &team)
{
    writeHeading(out, request, ranking);
    out << tr("Team: %1 of the %2 workers needed").arg(team.members.size()).arg(team.wanted) << "\n\n";
    int i = 0;
    for (const TeamMember &m : team.members) {
        out << QStringLiteral("%1  ").arg(++i, 3) << TerminalText::field(m.candidate.displayName)
            << tr(" (score %1, ranked #%2)").arg(m.candidate.score).arg(m.candidate.position) << '\n';
        for (const QString &add : m.adds)
            out << kIndent << tr("adds: %1").arg(TerminalText::field(add)) << '\n';
    }
    for (const QString &gap : team.gaps)
        out << tr("Not covered: %1").arg(TerminalText::field(gap)) << '\n';
}

} // namespace Kohtaamo::Cli
