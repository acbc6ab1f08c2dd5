#pragma once

#include "common/Result.h"
#include "mail/OutboxMessage.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Kohtaamo {

class OfficeService;
class OutboxModel;
struct OfficeChange;

// The messages of one request (a tab of the request's page): each with its state, recipient, subject and the
// server's answer when it failed. Open… shows a message to read, edit while a draft, approve or discard
// (MessageDialog); Approve all queues the request's drafts; Send now sends what is approved (the office's, all
// requests) with the office's account and the password from the keyring — asked for when there is none. Without an
// account a message goes to the desktop's mail program (xdg-email, its calendar file attached) or into an .eml file.
class OutboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxPanel(QWidget *parent = nullptr);

    void setOffice(OfficeService *office);
    void setRequest(qint64 requestId);
    void reload();

    OutboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QString summaryText() const;

    // The selected message in MessageDialog (modal); false when none is selected.
    bool openSelected();
    bool approveAll();
    // Sends every approved or failed message of the office; false (after saying why) when nothing could go.
    bool sendNow();
    // The selected message to the desktop's mail program, its calendar file attached.
    bool openInMailProgram();
    // The selected message as an .eml file: asks where unless `path` is given.
    bool saveAsEml(const QString &path = {});
    const OutboxSendReport &lastReport() const { return m_report; }

    // xdg-email's arguments for `message`, its calendar file at `icsPath` (empty = none).
    static QStringList mailProgramArguments(const OutboxMessage &message, const QString &icsPath);

signals:
    // Messages were approved, discarded or sent: counts elsewhere (the request's tab, Today) may have changed.
    void outboxChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void onChanged(const OfficeChange &change);
    void say(const QString &text, bool problem);
    const OutboxMessage *selected() const;

    QPointer<OfficeService> m_office;
    qint64 m_requestId = 0;
    bool m_hasAccount = false;
    OutboxSendReport m_report;
    OutboxModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_approveAll = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_mailProgram = nullptr;
    QPushButton *m_saveEml = nullptr;
};

} // namespace Kohtaamo
