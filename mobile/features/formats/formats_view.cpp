#include "formats_view.hpp"

#include <QCoreApplication>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrl>

#include "kith/formats/document.hpp"
#include "kith/formats/export.hpp"
#include "needs_editor.hpp"

namespace kith::app {

namespace {

using formats::Format;

QString qs(const std::string& s) { return QString::fromStdString(s); }

const std::vector<Format> kAll = {Format::easy_read_text, Format::large_print_pdf,
                                  Format::audio_wav, Format::braille_brf};

QString titleOf(Format f) {
  switch (f) {
    case Format::easy_read_text: return FormatsView::tr("Easy read");
    case Format::large_print_pdf: return FormatsView::tr("Large print");
    case Format::audio_wav: return FormatsView::tr("Audio");
    case Format::braille_brf: return FormatsView::tr("Braille");
  }
  return {};
}

QString detailOf(Format f) {
  switch (f) {
    case Format::easy_read_text: return FormatsView::tr("Short sentences, as a text file to print or read on screen");
    case Format::large_print_pdf: return FormatsView::tr("A PDF in big, clear letters, one column");
    case Format::audio_wav: return FormatsView::tr("The plan read out, as a sound file (WAV)");
    case Format::braille_brf: return FormatsView::tr("A Braille file (BRF) for an embosser or a Braille display");
  }
  return {};
}

//! A file name from a person's name: letters and digits of any script kept, the rest made safe.
std::string baseName(const QString& name) {
  QString safe;
  for (const QChar c : name) safe += c.isLetterOrNumber() ? c : QLatin1Char('-');
  safe = safe.left(40);
  if (safe.isEmpty()) safe = QStringLiteral("person");
  return QStringLiteral("%1-plan-%2").arg(safe, QDate::currentDate().toString(Qt::ISODate)).toStdString();
}

}  // namespace

FormatsView::FormatsView(QObject* parent)
    : FeatureView(parent),
      m_formats(new RowModel({"format", "title", "detail", "asked", "path"}, this)),
      m_folder(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                   .filePath(QStringLiteral("Kith"))) {}

void FormatsView::setPersonId(const QString& id) {
  if (id == m_personId) return;
  m_personId = id;
  m_written.clear();
  emit personIdChanged();
  if (session()) refresh();
}

void FormatsView::setFolder(const QString& folder) {
  if (folder == m_folder) return;
  m_folder = folder;
  emit folderChanged();
}

std::string FormatsView::target() const {
  return m_personId.isEmpty() ? me() : m_personId.toStdString();
}

void FormatsView::refresh() {
  const Snapshot& s = snapshot();
  const v1::Person* person = s.person(target());
  m_personName = qs(s.person_name(target()));
  const v1::CommunicationNeeds needs = person ? person->needs() : v1::CommunicationNeeds();
  m_needs = needsFlags(needs);
  m_hasPlan = s.current_plan(family()) != nullptr;
  m_asked.clear();
  for (const Format f : formats::formats_for(needs)) m_asked.push_back(static_cast<int>(f));
  std::vector<RowModel::Row> rows;
  for (const Format f : kAll) {
    const int n = static_cast<int>(f);
    const bool asked = std::find(m_asked.begin(), m_asked.end(), n) != m_asked.end();
    rows.push_back({n, titleOf(f), detailOf(f), asked, m_written.value(n)});
  }
  m_formats->setRows(std::move(rows));
  emit refreshed();
}

void FormatsView::makeAsked() {
  if (m_asked.empty()) {
    setProblem(tr("%1 has no communication needs recorded that ask for another format. Record "
                  "them first, or choose a format below.").arg(m_personName));
    return;
  }
  run(m_asked);
}

void FormatsView::make(int format) {
  if (std::none_of(kAll.begin(), kAll.end(), [&](Format f) { return static_cast<int>(f) == format; })) {
    setProblem(tr("There is no such format."));
    return;
  }
  run({format});
}

void FormatsView::run(std::vector<int> wanted) {
  if (!session() || m_busy) return;
  if (!m_hasPlan) {
    setProblem(tr("This family has no published plan yet, so there is nothing to make."));
    return;
  }
  const QString folder = QDir::cleanPath(m_folder.trimmed());
  if (folder.isEmpty() || !QDir::isAbsolutePath(folder)) {
    setProblem(tr("Type the whole path of the folder, for example %1.")
                   .arg(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    return;
  }
  if (!QDir().mkpath(folder)) {
    setProblem(tr("Kith cannot make the folder %1. Choose another.").arg(folder));
    return;
  }
  clearProblem();
  m_busy = true;
  m_result.clear();
  emit busyChanged();

  // Everything the worker needs, copied: the snapshot is immutable and shared.
  const SnapshotPtr shot = session()->snapshot();
  const v1::Person* person = shot->person(target());
  const v1::CommunicationNeeds needs = person ? person->needs() : v1::CommunicationNeeds();
  formats::Reader reader;
  reader.language = needs.language().empty() ? "en" : needs.language();
  reader.easy_read = needs.easy_read();
  const std::string familyId = family();
  const std::string base = baseName(m_personName);
  QPointer<FormatsView> self(this);
  QThreadPool::globalInstance()->start([self, shot, needs, reader, familyId, base, folder, wanted] {
    std::vector<domain::Record> records;
    for (const auto kind : domain::all_kinds()) {
      const auto& of = shot->records(kind);
      records.insert(records.end(), of.begin(), of.end());
    }
    QStringList paths;
    QString problem;
    // The easy-read file is easy read whatever the person's other formats are (as kith-admin).
    formats::Reader easy = reader;
    easy.easy_read = true;
    auto document = formats::plan_document(records, familyId, reader);
    auto easyDocument = formats::plan_document(records, familyId, easy);
    if (!document || !easyDocument) {
      problem = qs((document ? easyDocument : document).error().describe());
    } else {
      for (const int n : wanted) {
        const Format format = static_cast<Format>(n);
        auto written = formats::write_format(
            format, format == Format::easy_read_text ? *easyDocument : *document, needs,
            folder.toStdString(), base);
        if (!written) {
          problem = qs(written.error().describe());
          break;
        }
        paths << qs(*written);
      }
    }
    QCoreApplication* app = QCoreApplication::instance();
    if (!app) return;  // the app is closing: nobody is left to tell
    QMetaObject::invokeMethod(app, [self, paths, problem, wanted] {
      if (self) self->finished(paths, problem, wanted);
    });
  });
}

void FormatsView::finished(const QStringList& paths, const QString& problem, std::vector<int> wanted) {
  m_busy = false;
  for (std::size_t i = 0; i < wanted.size() && i < static_cast<std::size_t>(paths.size()); ++i) {
    m_written[wanted[i]] = paths[static_cast<qsizetype>(i)];
  }
  if (!problem.isEmpty()) setProblem(tr("Not everything was made: %1").arg(problem));
  m_result = paths.isEmpty() ? QString()
                             : tr("Saved %n file(s) in %1.", "", static_cast<int>(paths.size())).arg(m_folder);
  refresh();
  emit busyChanged();
  emit made(paths);
}

void FormatsView::openFolder() const {
  QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
}

}  // namespace kith::app
