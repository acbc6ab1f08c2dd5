#pragma once

#include "SettingsSection.h"

#include <QPointer>

class QLabel;
class QVBoxLayout;

namespace Kohtaamo {

// The slot for the group meeting rhythm (every four weeks by default). Its editor and storage are built
// separately; until one is given with setEditor() the section says that the setting is coming.
class GroupMeetingSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit GroupMeetingSection(QWidget *parent = nullptr);

    QString title() const override;
    // Puts `editor` in the section (the section takes ownership; nullptr shows the notice again).
    void setEditor(QWidget *editor);
    QWidget *editor() const { return m_editor; }

protected:
    void retranslateUi() override;

private:
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_notice = nullptr;
    QPointer<QWidget> m_editor;
};

} // namespace Kohtaamo
