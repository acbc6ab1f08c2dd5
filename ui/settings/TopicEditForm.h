#pragma once

#include "domain/Topic.h"

#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kohtaamo {

class SectionMessage;

// The form beside the topic tree: a topic's code (fixed once saved), its names in Finnish, Swedish and English,
// where it sits (the parent; changing it moves the topic, never under itself or its own subtopics) and whether it
// is emotionally heavy. Checked as it is typed; Save is offered only for a valid change. Enter saves, Escape puts
// back what is stored. Retire / Return to Use saves the form with the topic retired or back in use.
// The form only says what is wanted (saveRequested); the owner writes it and shows the result.
class TopicEditForm : public QWidget
{
    Q_OBJECT
public:
    explicit TopicEditForm(QWidget *parent = nullptr);

    // The whole taxonomy, for the choice of parent; names in `language`.
    void setTaxonomy(const QVector<Topic> &topics, const QString &language);
    // Shows a stored topic for editing.
    void editTopic(const Topic &topic);
    // Starts a new topic under parentId (0 = top level), with the given sort order.
    void newTopic(qint64 parentId, int sortOrder);
    // Nothing chosen: the form is disabled.
    void clearTopic();
    // Whether the coordinator may change topics; when not, the form shows the topic, offers nothing to change and
    // says `why` (an admin's matter).
    void setEditable(bool editable, const QString &why = {});
    bool isEditable() const { return m_editable; }

    Topic entered() const;
    bool isNew() const { return m_editing && m_topic.id == 0; }
    bool isEditing() const { return m_editing; }
    bool hasUnsavedChanges() const;
    // Empty when what is entered can be saved.
    QString problem() const;
    SectionMessage *message() const { return m_message; }

    QLineEdit *codeInput() const { return m_code; }
    QLineEdit *nameInput(const QString &language) const;
    QComboBox *parentInput() const { return m_parent; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *retireButton() const { return m_retire; }

signals:
    void saveRequested(const Kohtaamo::Topic &topic);
    // The new-topic form was given up (Escape or Undo Changes).
    void newTopicAbandoned();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillParents();
    void fill(const Topic &topic);
    void onEdited();
    void suggestCode();
    void revert();
    void requestSave(bool toggleRetired);

    QVector<Topic> m_topics;
    QString m_language = QStringLiteral("en");
    Topic m_topic; // as stored, or the start of a new one
    bool m_editing = false;
    bool m_editable = true;
    QString m_notEditable; // why not
    bool m_filling = false;
    bool m_codeTouched = false;

    QLabel *m_state = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_fiLabel = nullptr;
    QLineEdit *m_fi = nullptr;
    QLabel *m_svLabel = nullptr;
    QLineEdit *m_sv = nullptr;
    QLabel *m_enLabel = nullptr;
    QLineEdit *m_en = nullptr;
    QLabel *m_parentLabel = nullptr;
    QComboBox *m_parent = nullptr;
    QCheckBox *m_heavy = nullptr;
    QLabel *m_problem = nullptr;
    SectionMessage *m_message = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Kohtaamo
