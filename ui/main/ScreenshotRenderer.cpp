#include "ScreenshotRenderer.h"

#include "MainWindow.h"
#include "mail/MessageDialog.h"
#include "mail/OutboxModel.h"
#include "mail/OutboxPanel.h"
#include "office/OfficeService.h"
#include "outcomes/MeetingOutcomeDialog.h"
#include "reports/FundersReportTab.h"
#include "reports/ReportsPage.h"
#include "requests/CandidatesPanel.h"
#include "requests/InvitationsPanel.h"
#include "requests/RequestDetailView.h"
#include "requests/RequestEditorDialog.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestListModel.h"
#include "requests/RequestsPage.h"
#include "settings/SettingsPage.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>

namespace Kohtaamo {

namespace {

Status save(QWidget &widget, const QString &directory, const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(directory).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(file, "PNG"))
        return Error(Error::Code::CannotOpen, ScreenshotRenderer::tr("Could not save the picture “%1”.").arg(file));
    return Status::success();
}

// Makes the first request with one of `statuses` the chosen one; false when there is none.
bool chooseFirst(RequestsPage &page, const QVector<RequestStatus> &statuses)
{
    RequestInboxFilter filter;
    filter.statuses = statuses;
    page.inbox()->setFilter(filter);
    QApplication::processEvents();
    if (page.inbox()->model()->rowCount() == 0)
        return false;
    page.inbox()->tableView()->setCurrentIndex(page.inbox()->model()->index(0, 0));
    QApplication::processEvents();
    return page.detail()->request().id != 0;
}

} // namespace

Status ScreenshotRenderer::renderPages(MainWindow &window, const QString &directory, const QSize &size)
{
    if (!QDir().mkpath(directory))
        return Error(Error::Code::CannotOpen, tr("Could not create the folder “%1”.").arg(directory));
    window.resize(size);
    window.show();
    for (Page page : allPages()) {
        window.showPage(page);
        // Reports: the funder's results report of this year rather than the fees.
        if (auto *reports = qobject_cast<ReportsPage *>(window.pageWidget(page))) {
            reports->tabs()->setCurrentWidget(reports->funders());
            QApplication::processEvents();
        }
        if (Status s = save(window, directory, pageKey(page)); !s)
            return s;
    }
    // Settings ▸ E-mail: the account and the wording of the messages.
    if (auto *settings = qobject_cast<SettingsPage *>(window.pageWidget(Page::Settings))) {
        window.showPage(Page::Settings);
        const SettingsPage::Section was = settings->currentSection();
        settings->showSection(SettingsPage::Section::Mail);
        const Status s = save(window, directory, QStringLiteral("settings-email"));
        settings->showSection(was);
        if (!s)
            return s;
    }
    return renderRequestScreens(window, directory);
}

Status ScreenshotRenderer::renderRequestScreens(MainWindow &window, const QString &directory)
{
    auto *page = qobject_cast<RequestsPage *>(window.pageWidget(Page::Requests));
    if (!page)
        return Status::success();
    window.showPage(Page::Requests);
    const RequestInboxFilter before = page->inbox()->filter();
    Status result = Status::success();
    // A request being invited for: its candidates with their reasons, then its invitations.
    if (chooseFirst(*page, { RequestStatus::Inviting, RequestStatus::Tagged })) {
        RequestDetailView *detail = page->detail();
        detail->tabs()->setCurrentWidget(detail->candidates());
        result = save(window, directory, QStringLiteral("request-candidates"));
        if (result) {
            detail->tabs()->setCurrentWidget(detail->invitations());
            result = save(window, directory, QStringLiteral("request-invitations"));
        }
        if (result) { // its messages, and the first one as the coordinator reads it before it goes
            detail->tabs()->setCurrentWidget(detail->outbox());
            result = save(window, directory, QStringLiteral("request-outbox"));
            const OutboxMessage *first = detail->outbox()->model()->messageAt(0);
            if (result && first) {
                MessageDialog message(window.office(), *first, &window);
                message.show();
                result = save(message, directory, QStringLiteral("outbox-message"));
                message.done(QDialog::Rejected);
            }
        }
        if (result) {
            RequestEditorDialog editor(window.office(), detail->request(), &window);
            editor.show();
            result = save(editor, directory, QStringLiteral("request-editor"));
            editor.done(QDialog::Rejected);
        }
        detail->tabs()->setCurrentIndex(0);
    }
    // A request that was held: what came of it.
    if (result && chooseFirst(*page, { RequestStatus::Held, RequestStatus::Closed })) {
        MeetingOutcomeDialog outcome(window.office(), page->detail()->request().id, &window);
        outcome.show();
        result = save(outcome, directory, QStringLiteral("meeting-outcome"));
        outcome.done(QDialog::Rejected);
    }
    page->inbox()->setFilter(before);
    return result;
}

} // namespace Kohtaamo
