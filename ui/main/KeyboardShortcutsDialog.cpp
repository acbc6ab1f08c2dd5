#include "KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace Kohtaamo {

namespace {
struct Row
{
    QString where;
    QString what;
    QString keys;
};

// Where an action works: the page (or panel) it belongs to, by its accessible name; the window's own actions work
// everywhere.
QString whereOf(const QAction *action, const QWidget *window)
{
    for (const QObject *o = action->parent(); o; o = o->parent()) {
        if (o == window)
            break;
        if (const auto *w = qobject_cast<const QWidget *>(o); w && !w->accessibleName().isEmpty())
            return w->accessibleName();
    }
    return KeyboardShortcutsDialog::tr("Everywhere");
}
} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Shortcuts of a page work while the focus is on that page."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QVector<Row> rows;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows.append({ whereOf(action, window), QString(action->text()).remove(QLatin1Char('&')),
                      keys.join(tr(" or ", "between two shortcuts of one action")) });
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return std::tie(a.where, a.what) < std::tie(b.where, b.what); });

    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys"), tr("Where") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows.at(r).what));
        m_table->setItem(r, 1, new QTableWidgetItem(rows.at(r).keys));
        m_table->setItem(r, 2, new QTableWidgetItem(rows.at(r).where));
    }
    if (!rows.isEmpty())
        m_table->setCurrentCell(0, 0);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_table->setFocus(Qt::OtherFocusReason);
    resize(640, 520);
}

} // namespace Kohtaamo
