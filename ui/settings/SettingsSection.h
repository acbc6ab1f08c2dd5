#pragma once

#include <QWidget>

class QLabel;

class QAbstractItemModel;
class QTableView;
class QVBoxLayout;

namespace Kohtaamo {

class OfficeService;
class PageHeading;

// One section of the Settings page (ranking weights, topics, organisations …): a heading, a one-paragraph
// explanation, and the section's own content below. Sections retranslate themselves on LanguageChange.
class SettingsSection : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsSection(QWidget *parent = nullptr);

    // The section's name in the list of sections and in its heading.
    virtual QString title() const = 0;
    // Works through `office` (reads, saves, and its change signal, other coordinators' changes included) until
    // another is set; nullptr empties the section. The default does nothing.
    virtual void setOffice(OfficeService *office);

protected:
    void changeEvent(QEvent *event) override;
    // Sets the texts; called once the subclass has built its widgets and on every language change.
    virtual void retranslateUi() = 0;
    // Call from the subclass's retranslateUi(): the heading and the explanation.
    void setIntroduction(const QString &text);
    // Where the subclass puts its widgets, below the heading and the explanation.
    QWidget *body() const { return m_body; }
    // A list of records in the body, as the sections that edit records show them: whole rows selected, one at a
    // time, not edited in place; `stretch` takes the spare width; `label` names it (buddy) above it in `layout`.
    QTableView *addRecordList(QVBoxLayout *layout, QLabel *label, QAbstractItemModel *model, int stretch,
                              const QString &objectName);
    // A bold title for the record form below the list.
    QLabel *addFormTitle(QVBoxLayout *layout);

private:
    PageHeading *m_heading = nullptr;
    QLabel *m_introduction = nullptr;
    QWidget *m_body = nullptr;
};

} // namespace Kohtaamo
