#include "CandidatesPanel.h"

#include "CandidateListModel.h"
#include "ExcludedWorkerModel.h"
#include "InvitationListModel.h"
#include "common/ChipsDelegate.h"
#include "common/ErrorMessage.h"
#include "common/HeaderTexts.h"
#include "common/ScoreBarDelegate.h"
#include "common/Translations.h"
#include "matching/MatchingService.h"
#include "office/OfficeService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
constexpr int kRankingLimit = 100;

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setHighlightSections(false);
    view->setTabKeyNavigation(false);
    return view;
}
} // namespace

CandidatesPanel::CandidatesPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("candidatesPanel"));
    m_candidates = new CandidateListModel(this);
    m_excluded = new ExcludedWorkerModel(this);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("candidateSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_showExcluded = new QCheckBox(this);
    m_showExcluded->setObjectName(QStringLiteral("showExcluded"));
    top->addWidget(m_showExcluded);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshRanking"));
    top->addWidget(m_refresh);
    layout->addLayout(top);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("candidateNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_candidateView = makeTable(this, QStringLiteral("candidateView"));
    m_candidateView->setModel(m_candidates);
    m_candidateView->setItemDelegateForColumn(CandidateListModel::Score, new ScoreBarDelegate(m_candidateView));
    m_candidateView->setItemDelegateForColumn(CandidateListModel::Reasons, new ChipsDelegate(m_candidateView));
    auto *header = m_candidateView->horizontalHeader();
    keepHeaderTextsWhole(header);
    header->setSectionResizeMode(CandidateListModel::Invite, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CandidateListModel::Position, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CandidateListModel::Worker, QHeaderView::Interactive);
    header->setSectionResizeMode(CandidateListModel::Score, QHeaderView::Interactive);
    header->setSectionResizeMode(CandidateListModel::Reasons, QHeaderView::Stretch);
    m_candidateView->setColumnWidth(CandidateListModel::Worker, 140);
    m_candidateView->setColumnWidth(CandidateListModel::Score, 110);
    layout->addWidget(m_candidateView, 3);

    m_excludedHeading = new QLabel(this);
    layout->addWidget(m_excludedHeading);
    m_excludedView = makeTable(this, QStringLiteral("excludedView"));
    m_excludedView->setModel(m_excluded);
    m_excludedView->setItemDelegateForColumn(ExcludedWorkerModel::Reasons, new ChipsDelegate(m_excludedView));
    m_excludedView->horizontalHeader()->setSectionResizeMode(ExcludedWorkerModel::Reasons, QHeaderView::Stretch);
    m_excludedView->setColumnWidth(ExcludedWorkerModel::Worker, 180);
    m_excludedHeading->setBuddy(m_excludedView);
    m_excludedHeading->hide();
    m_excludedView->hide();
    layout->addWidget(m_excludedView, 2);

    m_teamBox = new QGroupBox(this);
    m_teamBox->setObjectName(QStringLiteral("teamSuggestion"));
    auto *teamLayout = new QHBoxLayout(m_teamBox);
    m_teamText = new QLabel(m_teamBox);
    m_teamText->setObjectName(QStringLiteral("teamText"));
    m_teamText->setWordWrap(true);
    m_teamText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    teamLayout->addWidget(m_teamText, 1);
    m_takeTeam = new QPushButton(m_teamBox);
    m_takeTeam->setObjectName(QStringLiteral("takeTeam"));
    teamLayout->addWidget(m_takeTeam, 0, Qt::AlignTop);
    m_teamBox->hide();
    layout->addWidget(m_teamBox);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    m_channelLabel = new QLabel(this);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("invitationChannel"));
    m_channelLabel->setBuddy(m_channel);
    bottom->addWidget(m_channelLabel);
    bottom->addWidget(m_channel);
    m_invite = new QPushButton(this);
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    bottom->addWidget(m_invite);
    layout->addLayout(bottom);

    connect(m_showExcluded, &QCheckBox::toggled, this, [this](bool on) {
        m_excludedHeading->setVisible(on);
        m_excludedView->setVisible(on);
        rank();
    });
    connect(m_refresh, &QPushButton::clicked, this, &CandidatesPanel::refresh);
    connect(m_takeTeam, &QPushButton::clicked, this, &CandidatesPanel::selectSuggestedTeam);
    connect(m_invite, &QPushButton::clicked, this, &CandidatesPanel::inviteChecked);
    connect(m_candidates, &CandidateListModel::checkedChanged, this, &CandidatesPanel::updateInviteButton);

    setTabOrder(m_showExcluded, m_refresh);
    setTabOrder(m_refresh, m_candidateView);
    setTabOrder(m_candidateView, m_excludedView);
    setTabOrder(m_excludedView, m_takeTeam);
    setTabOrder(m_takeTeam, m_channel);
    setTabOrder(m_channel, m_invite);
    retranslateUi();
}

void CandidatesPanel::setOffice(OfficeService *office)
{
    m_office = office;
    m_request = Request();
    rank();
}

void CandidatesPanel::setRequest(const Request &request)
{
    const bool other = request.id != m_request.id;
    m_request = request;
    if (other)
        m_candidates->clearChecked();
    rank();
}

void CandidatesPanel::refresh()
{
    if (m_office)
        m_office->matching().invalidate(); // asked for: read every worker again
    rank();
}

void CandidatesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_rankWhenShown)
        rank();
}

void CandidatesPanel::rank()
{
    // Ranking reads the matching snapshot (every worker) the first time: only for a panel someone looks at, so that
    // opening the Requests page or choosing a request on its Details tab stays quick on a large register.
    m_rankWhenShown = !isVisible() && m_office && m_request.id != 0;
    if (m_rankWhenShown) {
        m_ranking = Ranking(); // nothing of another request stays behind meanwhile
        m_candidates->setCandidates({});
        m_excluded->setExcluded({});
        return;
    }
    m_ranking = Ranking();
    m_teamIds.clear();
    m_notice->hide();
    if (!m_office || m_request.id == 0) {
        m_candidates->setCandidates({});
        m_excluded->setExcluded({});
        showTeam();
        retranslateUi();
        return;
    }
    RankingEngine::Options options;
    options.limit = kRankingLimit;
    options.includeExcluded = m_showExcluded->isChecked();
    options.language = Translations::currentLanguage();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto ranking = m_office->matching().rank(m_request, options);
    QApplication::restoreOverrideCursor();
    if (!ranking) {
        m_candidates->setCandidates({});
        m_excluded->setExcluded({});
        m_notice->setText(ranking.error().message);
        m_notice->show();
    } else {
        m_ranking = *ranking;
        m_candidates->setCandidates(m_ranking.candidates);
        m_excluded->setExcluded(m_ranking.excluded);
    }
    m_candidateView->resizeRowsToContents();
    m_excludedView->resizeRowsToContents();
    showTeam();
    retranslateUi();
}

void CandidatesPanel::showTeam()
{
    const bool wanted = m_request.id != 0 && m_request.workersNeeded > 1 && !m_ranking.candidates.isEmpty();
    m_teamBox->setVisible(wanted);
    if (!wanted || !m_office)
        return;
    const TeamSuggestion team = m_office->matching().suggestTeam(m_request, m_ranking);
    QStringList lines;
    for (const TeamMember &member : team.members) {
        m_teamIds.append(member.candidate.workerId);
        lines.append(
            member.adds.isEmpty()
                ? tr("%1 — fills the team").arg(member.candidate.displayName)
                : tr("%1 — adds %2").arg(member.candidate.displayName, member.adds.join(QStringLiteral("; "))));
    }
    if (!team.complete())
        lines.append(tr("Only %n worker(s) can be asked for this request.", nullptr, int(team.members.size())));
    for (const QString &gap : team.gaps)
        lines.append(tr("Not covered: %1").arg(gap));
    m_teamText->setText(lines.join(QLatin1Char('\n')));
}

void CandidatesPanel::selectSuggestedTeam()
{
    QSet<qint64> ids(m_teamIds.cbegin(), m_teamIds.cend());
    m_candidates->setChecked(ids);
}

QString CandidatesPanel::summaryText() const
{
    if (m_request.id == 0)
        return tr("Choose a request to see who could be asked.");
    if (m_request.topics.isEmpty())
        return tr("This request has no topics yet: tag it to rank the experience workers by relevant experience.");
    const QLocale locale;
    QString text = tr("%n worker(s) can be asked", nullptr, m_ranking.eligibleCount);
    text += tr(" · %n excluded by the rules", nullptr, m_ranking.excludedCount);
    if (m_ranking.eligibleCount > m_ranking.candidates.size())
        text += tr(" · the best %1 are shown").arg(locale.toString(int(m_ranking.candidates.size())));
    return text;
}

void CandidatesPanel::updateInviteButton()
{
    const int n = static_cast<int>(m_candidates->checkedWorkers().size());
    m_invite->setText(n > 0 ? tr("In&vite %n selected", nullptr, n) : tr("In&vite selected"));
    const bool open = m_request.status == RequestStatus::Tagged || m_request.status == RequestStatus::Inviting
        || m_request.status == RequestStatus::Confirmed;
    // What the role may not do is not offered: the service's own refusal says why (a viewer reads only).
    const Status writer = m_office ? m_office->requireWriter() : Status::success();
    m_invite->setEnabled(n > 0 && open && m_office && writer.ok());
    if (!writer)
        m_invite->setToolTip(writer.error().message);
    else if (!open && m_request.id != 0)
        m_invite->setToolTip(tr("Invitations can be sent once the request is tagged and until it is held."));
    else
        m_invite->setToolTip(QString());
}

bool CandidatesPanel::inviteChecked()
{
    const QVector<qint64> ids = m_candidates->checkedWorkers();
    if (!m_office || ids.isEmpty())
        return false;
    const auto channel = static_cast<InvitationChannel>(m_channel->currentData().toInt());
    auto result = m_office->invite(m_request.id, m_request.version, ids, channel);
    if (!result) {
        ErrorMessage::show(this, tr("The invitations were not created."), result.error());
        return false;
    }
    m_candidates->clearChecked();
    const Request stored = result->request;
    setRequest(stored);
    emit invited(stored, static_cast<int>(result->invitations.size()));
    return true;
}

void CandidatesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CandidatesPanel::retranslateUi()
{
    m_summary->setText(summaryText());
    m_showExcluded->setText(tr("Show e&xcluded"));
    m_showExcluded->setToolTip(tr("List the workers the rules keep out, with every reason"));
    m_refresh->setText(tr("Rank a&gain"));
    m_refresh->setToolTip(tr("Read the workers, consents and engagements again and rank anew"));
    m_excludedHeading->setText(tr("Excluded by the rules (%1)").arg(QLocale().toString(m_ranking.excludedCount)));
    m_candidateView->setAccessibleName(tr("Candidates"));
    m_candidateView->setAccessibleDescription(
        tr("Experience workers who may be asked, best first, with the score and the reasons"));
    m_excludedView->setAccessibleName(tr("Excluded workers"));
    m_excludedView->setAccessibleDescription(tr("Workers the rules keep out of this request, with every reason"));
    m_teamBox->setTitle(tr("Suggested team for %n worker(s)", nullptr, qMax(1, m_request.workersNeeded)));
    m_takeTeam->setText(tr("Select tea&m"));
    m_takeTeam->setToolTip(tr("Tick the suggested team for inviting"));
    m_teamText->setAccessibleName(tr("Suggested team"));
    m_channelLabel->setText(tr("Invite &by:"));
    m_channel->setAccessibleName(tr("Invitation channel"));
    const int current = m_channel->currentIndex();
    m_channel->clear();
    for (InvitationChannel channel : { InvitationChannel::Email, InvitationChannel::Phone, InvitationChannel::Sms,
                                       InvitationChannel::InPerson, InvitationChannel::Other })
        m_channel->addItem(InvitationListModel::channelName(channel), int(channel));
    m_channel->setCurrentIndex(qMax(0, current));
    m_invite->setAccessibleName(tr("Invite the selected workers"));
    updateInviteButton();
}

} // namespace Kohtaamo
