#pragma once

// What the GUI tests check for keyboard users on every page and dialog: Tab goes round without a trap, visiting each
// focusable control once with the focus visible; the Alt letters of one window are unique.
#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStringList>
#include <QTabBar>
#include <QTest>
#include <QWidget>

namespace Kohtaamo::Keyboard {

// The Alt letter of a text ("Mark &held" → 'h'); a null QChar without one ("&&" is a plain ampersand).
inline QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

inline QString describe(const QWidget *w)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Alt letters used more than once among what is visible in `window` now: buttons, labels with a buddy, group boxes,
// the tabs of visible tab bars and the menu bar's menus. Returns "h: Mark &held, &Help" per clash.
inline QStringList mnemonicClashes(QWidget *window, int *counted = nullptr)
{
    QHash<QChar, QStringList> users;
    const auto use = [&users](const QString &text) {
        const QChar c = mnemonic(text);
        if (!c.isNull())
            users[c] << text;
    };
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && b->window() == window)
            use(b->text());
    }
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (l->isVisible() && l->buddy() && l->window() == window)
            use(l->text());
    }
    for (QGroupBox *g : window->findChildren<QGroupBox *>()) {
        if (g->isVisible() && g->window() == window)
            use(g->title());
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!bar->isVisible() || bar->window() != window)
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isTabVisible(i))
                use(bar->tabText(i));
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions()) {
            if (a->isVisible())
                use(a->text());
        }
    }
    QStringList clashes;
    int n = 0;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        n += int(it.value().size());
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    if (counted)
        *counted += n;
    clashes.sort();
    return clashes;
}

// What a Tab walk found.
struct TabWalk
{
    QStringList visited; // in order, from the start
    bool returned = false; // came back to where it started
    QStringList twice; // visited more than once before coming back
    QStringList hidden; // focused while not visible (the focus went where nobody sees it)
    QStringList missed; // focusable with Tab, visible, never reached
};

inline bool tabFocusable(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

// Presses Tab (as QTest's key clicks on the focused widget, the way a keyboard does) until the focus is back on
// `start`, at most `limit` times.
inline TabWalk walkTabs(QWidget *window, QWidget *start, int limit = 400)
{
    TabWalk walk;
    start->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    QSet<QWidget *> seen;
    QWidget *begin = QApplication::focusWidget();
    if (!begin)
        return walk;
    seen.insert(begin);
    walk.visited << describe(begin);
    for (int i = 0; i < limit; ++i) {
        QWidget *now = QApplication::focusWidget();
        if (!now)
            break;
        QTest::keyClick(now, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next)
            break;
        if (next == begin) {
            walk.returned = true;
            break;
        }
        if (!next->isVisible())
            walk.hidden << describe(next);
        if (seen.contains(next))
            walk.twice << describe(next);
        seen.insert(next);
        walk.visited << describe(next);
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() == window && tabFocusable(w) && !seen.contains(w))
            walk.missed << describe(w);
    }
    return walk;
}

} // namespace Kohtaamo::Keyboard
