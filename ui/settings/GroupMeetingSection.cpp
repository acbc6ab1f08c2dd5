#include "GroupMeetingSection.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Kohtaamo {

GroupMeetingSection::GroupMeetingSection(QWidget *parent) : SettingsSection(parent)
{
    m_layout = new QVBoxLayout(body());
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_notice = new QLabel(body());
    m_notice->setObjectName(QStringLiteral("groupMeetingNotice"));
    m_notice->setWordWrap(true);
    m_layout->addWidget(m_notice);
    m_layout->addStretch(1);
    retranslateUi();
}

QString GroupMeetingSection::title() const
{
    return tr("Group meetings");
}

void GroupMeetingSection::retranslateUi()
{
    setIntroduction(tr("How often the coordinators' group meeting is held (every four weeks by default); Today shows "
                       "the next one with the requests to bring to it."));
    m_notice->setText(tr("This setting is not available in this version yet."));
}

void GroupMeetingSection::setEditor(QWidget *editor)
{
    if (m_editor == editor)
        return;
    delete m_editor;
    m_editor = editor;
    m_notice->setVisible(editor == nullptr);
    if (editor) {
        editor->setParent(body());
        m_layout->insertWidget(0, editor, 1);
        editor->show();
    }
}

} // namespace Kohtaamo
