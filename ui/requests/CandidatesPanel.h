#pragma once

#include "domain/Request.h"
#include "matching/Ranking.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Kohtaamo {

class CandidateListModel;
class OfficeService;
class ExcludedWorkerModel;

// The engine's ranking beside a request: who has experience of exactly this, who can come and who has agreed to be
// asked, with a score bar and the reasons as chips; on demand the excluded workers with every reason; for a request
// that needs several workers a suggested team with what each member adds. The coordinator ticks workers (or takes the
// suggested team) and presses Invite: the invitations are created in one transaction.
class CandidatesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CandidatesPanel(QWidget *parent = nullptr);

    void setOffice(OfficeService *office);
    // Ranks `request` as stored (its id, version and status count); an invalid id clears the panel.
    void setRequest(const Request &request);
    void refresh();

    CandidateListModel *candidateModel() const { return m_candidates; }
    QTableView *candidateView() const { return m_candidateView; }
    ExcludedWorkerModel *excludedModel() const { return m_excluded; }
    const Ranking &ranking() const { return m_ranking; }
    QString summaryText() const;

    // Invites the ticked workers; returns false (after telling the coordinator why) when nothing was invited.
    bool inviteChecked();

signals:
    // Invitations were created; `request` is the request as stored afterwards (it may have moved to Inviting).
    void invited(const Kohtaamo::Request &request, int count);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool m_rankWhenShown = false;
    void retranslateUi();
    void rank();
    void showTeam();
    void updateInviteButton();
    void selectSuggestedTeam();

    OfficeService *m_office = nullptr;
    Request m_request;
    Ranking m_ranking;
    QVector<qint64> m_teamIds;

    QLabel *m_summary = nullptr;
    QLabel *m_notice = nullptr;
    QCheckBox *m_showExcluded = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableView *m_candidateView = nullptr;
    QTableView *m_excludedView = nullptr;
    QLabel *m_excludedHeading = nullptr;
    QGroupBox *m_teamBox = nullptr;
    QLabel *m_teamText = nullptr;
    QPushButton *m_takeTeam = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QPushButton *m_invite = nullptr;
    CandidateListModel *m_candidates = nullptr;
    ExcludedWorkerModel *m_excluded = nullptr;
};

} // namespace Kohtaamo
