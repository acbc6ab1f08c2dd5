#pragma once

#include <QObject>
#include <QVector>

#include <functional>

class QAbstractButton;
class QAction;
class QKeySequence;

namespace Kohtaamo {

class RequestsPage;

// The keyboard shortcuts of a request's workflow on the Requests page: invite the checked candidates, record an
// answer, confirm, mark held, record the outcome, close, and step to the next or previous request in the inbox.
// Each is a QAction of the page (so Help ▸ Keyboard Shortcuts lists it) that presses the button a mouse user would
// press — nothing is done that the button would not do, and a disabled button only beeps.
class RequestShortcuts : public QObject
{
    Q_OBJECT
public:
    explicit RequestShortcuts(RequestsPage *page);

    void retranslateUi();
    QVector<QAction *> actions() const { return m_actions; }

private:
    QAction *add(const char *name, const QKeySequence &keys, std::function<void()> work);
    void press(QAbstractButton *button);
    void stepInbox(int delta);

    RequestsPage *m_page = nullptr;
    QVector<QAction *> m_actions;
    QAction *m_invite = nullptr;
    QAction *m_accepted = nullptr;
    QAction *m_declined = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_held = nullptr;
    QAction *m_outcome = nullptr;
    QAction *m_close = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
};

} // namespace Kohtaamo
