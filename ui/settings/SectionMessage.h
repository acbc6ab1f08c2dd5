#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace Kohtaamo {

// A line under a section's inputs that says what happened: saved, refused and why, or that someone else saved
// first — then with a button that does something about it ("Reload"). Hidden while there is nothing to say.
// Screen readers hear the text as the widget's accessible description.
class SectionMessage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Information, Problem };

    explicit SectionMessage(QWidget *parent = nullptr);

    // actionText empty = no button.
    void show(Kind kind, const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton *actionButton() const { return m_action; }

private:
    QLabel *m_label = nullptr;
    QPushButton *m_action = nullptr;
    std::function<void()> m_onAction;
    Kind m_kind = Kind::Information;
};

} // namespace Kohtaamo
