#pragma once

// What the GUI tests check on every page and dialog for keyboard and screen-reader users: every interactive
// element a screen reader reaches has a name, and no label or button is squeezed below the size its text needs
// (large fonts, long translations).
#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QStringList>
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

} // namespace Kohtaamo::Accessibility
