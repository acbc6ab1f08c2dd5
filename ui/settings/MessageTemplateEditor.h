#pragma once

#include "mail/MessageTemplates.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Kohtaamo {

class RefreshWhenShown;

class OfficeService;
class SectionMessage;
struct OfficeChange;

// The wording of one message kind in one language (fi/sv/en): subject and text with their placeholders listed, saved
// as the office's own (admins) or restored to the built-in one, and a preview of the message as it would go now on
// one of the office's requests with the wording as typed (OfficeService::previewTemplate), following the typing.
class MessageTemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MessageTemplateEditor(QWidget *parent = nullptr);

    void setOffice(OfficeService *office);
    bool save();
    bool restoreDefault();
    void refreshPreview();

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *requestBox() const { return m_request; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPlainTextEdit *preview() const { return m_preview; }
    SectionMessage *message() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    // The requests a message can be previewed on: read when the editor is first shown, not at the window's start.
    void loadRequests();
    void onChanged(const OfficeChange &change);
    void updateState();
    MessageKind kind() const;
    QString language() const;

    QPointer<OfficeService> m_office;
    RefreshWhenShown *m_requests = nullptr; // the requests to preview on are read when the editor is shown
    MessageTemplate m_loaded;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_placeholders = nullptr;
    QLabel *m_requestLabel = nullptr;
    QComboBox *m_request = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_restore = nullptr;
    SectionMessage *m_message = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace Kohtaamo
