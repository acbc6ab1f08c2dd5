#pragma once

#include <QDialog>

class QTableWidget;

namespace Kohtaamo {

// Help ▸ Keyboard Shortcuts: every action of the window that has a shortcut, with its keys and where it works.
// The table is made from the window's QActions when it opens, so it cannot drift from what the keys really do.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyboardShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace Kohtaamo
