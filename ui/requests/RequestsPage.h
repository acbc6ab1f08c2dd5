#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QToolButton;
class QUndoStack;

namespace Kohtaamo {

class OfficeService;
class PageHeading;
class RequestDetailView;
class RequestInboxView;
class Settings;

// The Requests page: the inbox on the left, the chosen request beside it (its details, workflow steps, candidates
// and invitations). New request (Ctrl+N) and Edit (Ctrl+E, Enter in the list, or the request's Edit button) open the
// request editor; the meeting
// outcome opens its dialog. After every change the inbox and the request are read again, and the ranking's snapshot
// is read again by the office on each change, so what is shown is what is stored. The splitter between the two is
// remembered in the settings.
class RequestShortcuts;

class RequestsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsPage(Settings &settings, QWidget *parent = nullptr);
    ~RequestsPage() override;

    // Works on this office (the window's) until another is set; nullptr empties the page.
    void setOffice(OfficeService *office);
    // Reads the inbox and the current request again.
    void refresh();
    // Saved edits of requests go on this stack (the Edit menu's Undo and Redo); nullptr = no undo.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    // Opens the editor for a new request; returns its id when it was saved, else 0.
    qint64 newRequest();
    // Opens the editor for a stored request; returns whether it was saved.
    bool editRequest(qint64 id);
    // Opens the meeting-outcome dialog; returns whether something was saved.
    bool recordOutcome(qint64 id);

    RequestInboxView *inbox() const { return m_inbox; }
    RequestDetailView *detail() const { return m_detail; }
    QAction *newRequestAction() const { return m_newAction; }
    QAction *editRequestAction() const { return m_editAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    RequestShortcuts *shortcuts() const { return m_shortcuts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // After a save: a new request that has topics is tagged, and the inbox
    // and the detail show the request.
    void afterSave(qint64 id, bool tagIfNew);
    void onRequestChanged(qint64 id);
    void chooseFirstWhenNone();
    void updateActions();
    void retranslateUi();

    Settings &m_settings;
    QUndoStack *m_undoStack = nullptr;
    OfficeService *m_office = nullptr;

    PageHeading *m_title = nullptr;
    QToolButton *m_newButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QSplitter *m_splitter = nullptr;
    RequestInboxView *m_inbox = nullptr;
    RequestDetailView *m_detail = nullptr;
    RequestShortcuts *m_shortcuts = nullptr;
};

} // namespace Kohtaamo
