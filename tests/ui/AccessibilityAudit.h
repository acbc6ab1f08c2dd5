#pragma once

// What the GUI tests check on every page and dialog for keyboard and screen-reader users: every interactive
// element a screen reader reaches has a name, and no label or button is squeezed below the size its text needs
// (large fonts, long translations).
#include "common/Chip.h"
#include "common/ItemRoles.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QLabel>
#include <QStringList>
#include <QTextDocumentFragment>
#include <QWidget>

namespace Kohtaamo::Accessibility {

// Roles a user acts on; each needs a name a screen reader can say.
inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::ListItem:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

inline QString describe(QAccessibleInterface *iface)
{
    QString text = QStringLiteral("role %1").arg(int(iface->role()));
    if (QObject *object = iface->object())
        text += QStringLiteral(" %1 \"%2\"")
                    .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName());
    return text;
}

// Interactive elements without an accessible name under `iface`. What is hidden (a closed combo box's list,
// another page or tab) is not reached by a screen reader either and is skipped.
inline void collectUnnamed(QAccessibleInterface *iface, QStringList &unnamed, int depth = 0)
{
    if (!iface || depth > 64 || iface->state().invisible)
        return;
    if (isInteractive(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed << describe(iface);
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

inline QStringList unnamedIn(QWidget *root)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), unnamed);
    return unnamed;
}

// Visible labels and buttons narrower or lower than their text needs: text that is cut off.
inline QStringList cutOffIn(QWidget *root)
{
    QStringList cut;
    const auto check = [&cut](QWidget *w, const QString &text) {
        if (!w->isVisible() || text.isEmpty())
            return;
        const QSize need = w->minimumSizeHint();
        if (w->width() + 1 < need.width() || w->height() + 1 < need.height())
            cut << QStringLiteral("%1 \"%2\" %3×%4 < %5×%6")
                       .arg(QString::fromLatin1(w->metaObject()->className()), text.left(40))
                       .arg(w->width())
                       .arg(w->height())
                       .arg(need.width())
                       .arg(need.height());
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->wordWrap()) // a wrapping label trades width for height; its minimum is not a cut-off
            check(label, label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        check(button, button->text());
    return cut;
}

// Everything assistive technology can say about one element: its name, description and value.
inline QString spokenText(QAccessibleInterface *iface)
{
    if (!iface)
        return {};
    return iface->text(QAccessible::Name) + QLatin1Char('\n') + iface->text(QAccessible::Description)
        + QLatin1Char('\n') + iface->text(QAccessible::Value);
}

inline QString plainText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    return text.remove(QLatin1Char('&')).simplified();
}

// Visible labels whose text a screen reader never hears: the accessible name, description and value of the label
// (and of its buddy) all leave the shown text out — as the request's Details tab did, saying "Fee:" and not the fee.
inline QStringList silentValuesIn(QWidget *root)
{
    QStringList silent;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || !label->isVisible())
            continue;
        const QString text = plainText(label);
        if (text.isEmpty())
            continue;
        QString spoken = spokenText(QAccessible::queryAccessibleInterface(label));
        if (label->buddy())
            spoken += spokenText(QAccessible::queryAccessibleInterface(label->buddy()));
        // A label drawn inside a button (a Today line) is heard as part of that button.
        for (QWidget *w = label->parentWidget(); w && w != root; w = w->parentWidget()) {
            if (qobject_cast<QAbstractButton *>(w))
                spoken += spokenText(QAccessible::queryAccessibleInterface(w));
        }
        if (!spoken.remove(QLatin1Char('&')).simplified().contains(text))
            silent << QStringLiteral("\"%1\" (%2 heard as \"%3\")")
                          .arg(text.left(40), label->objectName(), spoken.simplified().left(60));
    }
    return silent;
}

// Cells drawn as chips (ItemRoles::ChipsRole) whose accessible text or tooltip leaves out what a chip means
// ("speaks for: …"): the colour alone must not carry it.
inline QStringList chipsWithoutMeaningIn(QWidget *root, int *checked = nullptr)
{
    QStringList missing;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        QAbstractItemModel *model = view->model();
        QAccessibleInterface *viewIface = QAccessible::queryAccessibleInterface(view);
        QAccessibleTableInterface *table = viewIface ? viewIface->tableInterface() : nullptr;
        for (int row = 0; row < qMin(model->rowCount(), 30); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const auto chips = index.data(ItemRoles::ChipsRole).value<ChipList>();
                if (chips.isEmpty())
                    continue;
                QString spoken = index.data(Qt::AccessibleTextRole).toString();
                if (table) {
                    if (QAccessibleInterface *cell = table->cellAt(row, column))
                        spoken = spokenText(cell);
                }
                const QString tip = index.data(Qt::ToolTipRole).toString();
                for (const Chip &chip : chips) {
                    if (checked)
                        ++*checked;
                    const QString meaning = chipMeaning(chip);
                    if (!spoken.contains(meaning) || !tip.contains(meaning))
                        missing << QStringLiteral("%1 row %2: \"%3\"").arg(view->objectName()).arg(row).arg(meaning);
                }
            }
        }
    }
    return missing;
}

} // namespace Kohtaamo::Accessibility
