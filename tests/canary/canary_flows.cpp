#include "canary_flows.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include "kith/bytes.hpp"

extern char** environ;  // NOLINT: POSIX's name

namespace kith::testing {

namespace {

namespace fs = std::filesystem;
using domain::Kind;
using domain::Record;

constexpr const char* kPassword = "a-long-staff-password";
constexpr const char* kPin = "284613";

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_all(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// The body message of a record, to set its fields by name.
google::protobuf::Message& body_of(Record& r) {
  const auto* field = r.GetDescriptor()->FindFieldByNumber(static_cast<int>(r.body_case()));
  return *r.GetReflection()->MutableMessage(&r, field);
}

// A valid record of `kind` in the family, by `author` (every author field set to them), with the
// canary tagged `who` in every text field: "KITHCANARY-x.<who>.<field path>".
Record canary_record(Kind kind, const std::string& family, const std::string& author,
                     const Canary& canary, const std::string& who) {
  Record r = sample(kind);
  auto& body = body_of(r);
  for (const char* name : {"family_id", "by", "scored_by", "from_person", "raised_by",
                           "requested_by", "published_by", "author"}) {
    const auto* f = body.GetDescriptor()->FindFieldByName(name);
    if (f == nullptr) continue;
    body.GetReflection()->SetString(&body, f,
                                    std::string_view(name) == "family_id" ? family : author);
  }
  fill_text_tagged(r, canary.tagged(who));
  return r;
}

bool holds_canary(const Record& r, const Canary& canary) {
  return domain::encode(r).find(canary.text()) != std::string::npos;
}

sync::EngineOptions engine_options() {
  sync::EngineOptions o;
  o.client.connect_timeout = std::chrono::seconds(5);
  o.client.request_timeout = std::chrono::seconds(20);
  return o;
}

void set_or_unset(const char* name, bool had, const std::string& value) {
  if (had) {
    ::setenv(name, value.c_str(), 1);
  } else {
    ::unsetenv(name);
  }
}

}  // namespace

// --- Phone ---------------------------------------------------------------------------------

Phone::Phone(fs::path folder) : dir(std::move(folder)) {
  store::StoreOptions options;
  options.kdf = crypto::ScryptParams::fast();
  auto made = store::Store::create(dir, Pin(kPin), options);
  if (!made)
    throw std::runtime_error("No device store in " + dir.string() + ": " + made.error().describe());
  store_.emplace(std::move(*made));
}

Result<sync::Enrolment> Phone::enrol(const ServerProcess& server,
                                     const sync::Credential& credential) {
  sync::ServerTrust trust{server.url(), server.ca().certificate, {}};
  auto enrolled = sync::SyncEngine::enrol(*store_, trust, credential, engine_options());
  if (enrolled) person_id = enrolled->person_id;
  return enrolled;
}

sync::SyncEngine& Phone::engine() {
  if (!engine_) {
    auto engine = sync::SyncEngine::open(*store_, engine_options());
    if (!engine) throw std::runtime_error("No sync engine: " + engine.error().describe());
    engine_.emplace(std::move(*engine));
  }
  return *engine_;
}

Result<sync::SyncReport> Phone::sync() {
  return engine().sync();
}

void Phone::close() {
  engine_.reset();
  store_.reset();
}

// --- The environment -------------------------------------------------------------------------

CanaryFlows::Root::Root() {
  // Under the $TMPDIR the test was started with: made before SetUp() moves $TMPDIR into it.
  std::string pattern = (fs::temp_directory_path() / "kith-canary-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
  for (const char* name : {"srv", "devices", "cli", "tmp", "home", "cwd", "out", "asked"}) {
    fs::create_directory(path_ / name);
  }
  fs::create_directory(path_ / "asked" / "screen");
  fs::create_directory(path_ / "asked" / "own");
}

CanaryFlows::Root::~Root() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

void CanaryFlows::SetUp() {
  started_at_ = now_seconds();
  if (const char* t = std::getenv("TMPDIR")) {
    had_tmpdir_ = true;
    old_tmpdir_ = t;
  }
  if (const char* h = std::getenv("HOME")) {
    had_home_ = true;
    old_home_ = h;
  }
  old_cwd_ = fs::current_path();
  ::setenv("TMPDIR", dir("tmp").c_str(), 1);
  ::setenv("HOME", dir("home").c_str(), 1);
  // XDG folders follow $HOME when these are unset, so caches land in home/ and are scanned.
  for (const char* name : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
                           "XDG_RUNTIME_DIR"}) {
    ::unsetenv(name);
  }
  fs::current_path(dir("cwd"));
}

void CanaryFlows::TearDown() {
  for (auto& [role, p] : phones_) p->close();
  if (server_) server_->stop();
  fs::current_path(old_cwd_);
  set_or_unset("TMPDIR", had_tmpdir_, old_tmpdir_);
  set_or_unset("HOME", had_home_, old_home_);
}

void CanaryFlows::make_server() {
  // ServerProcess makes its folder in $TMPDIR: srv/ for a moment, so it is told apart from tmp/.
  ::setenv("TMPDIR", dir("srv").c_str(), 1);
  server_.emplace();
  ::setenv("TMPDIR", dir("tmp").c_str(), 1);
}

void CanaryFlows::make_server(OnPostgres database) {
  ::setenv("TMPDIR", dir("srv").c_str(), 1);
  server_.emplace(std::move(database));
  ::setenv("TMPDIR", dir("tmp").c_str(), 1);
}

// --- Programs --------------------------------------------------------------------------------

Exit CanaryFlows::run(const std::string& binary, const std::vector<std::string>& args,
                      const std::string& command, const std::vector<std::string>& extra,
                      bool shows_records) {
  // Named by program, order and command, for a person reading the folder.
  const std::string label =
      fs::path(binary).filename().string() + "-" + std::to_string(++program_count_) + "-" + command;
  // What shows records to the person who ran it goes to asked/; errors never do.
  const fs::path out_file =
      (shows_records ? dir("asked") / "screen" : dir("out")) / (label + ".out");
  const fs::path err_file = dir("out") / (label + ".err");

  // The test's own environment ($TMPDIR, $HOME), with `extra` over it.
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string entry = *e;
    const std::string name = entry.substr(0, entry.find('='));
    bool replaced = name == "KITH_SERVER_KEY";  // only where `extra` gives it
    for (const std::string& x : extra) replaced = replaced || x.starts_with(name + "=");
    if (!replaced) env.push_back(entry);
  }
  env.insert(env.end(), extra.begin(), extra.end());
  std::vector<char*> envp;
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_strings = {binary};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_file.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_t pid = 0;
  const int spawned =
      ::posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  Exit exit;
  programs_run_.push_back(label);
  if (spawned != 0) {
    ADD_FAILURE() << "Could not start " << binary << ": " << std::strerror(spawned);
    return exit;
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (WIFEXITED(status)) exit.status = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) exit.signal = WTERMSIG(status);
  exit.out = read_all(out_file);
  exit.err = read_all(err_file);
  EXPECT_EQ(exit.signal, 0) << label << " was killed by signal " << exit.signal << ": " << exit.err;
  return exit;
}

Exit CanaryFlows::cli(const std::string& store, std::vector<std::string> args, bool shows_records) {
  const std::string command = args.front();
  args.insert(args.begin(), {"--store", store});
  Exit e = run(KITH_CLI_BINARY, args, command, {std::string("KITH_PIN=") + kPin}, shows_records);
  EXPECT_EQ(e.status, 0) << "kith-cli " << command << ": " << e.err;
  return e;
}

std::vector<std::string> CanaryFlows::admin_store_arguments() const {
  if (server_->conninfo().empty()) return {"--data", server_->dir() + "/data"};
  return {"--store", "postgres", "--pg", server_->conninfo()};
}

Exit CanaryFlows::admin_program(std::vector<std::string> args, bool shows_records) {
  const std::string command = args.front();
  const std::vector<std::string> store = admin_store_arguments();
  args.insert(args.begin(), store.begin(), store.end());
  std::vector<std::string> extra;
  if (!server_->server_key().empty()) extra.push_back("KITH_SERVER_KEY=" + server_->server_key());
  // Under the asan preset, fontconfig's caches (kith-admin formats) are not Kith's leak.
  const char* lsan = std::getenv("LSAN_OPTIONS");
  extra.push_back(std::string("LSAN_OPTIONS=") + (lsan != nullptr ? std::string(lsan) + ":" : "") +
                  "suppressions=" + KITH_CANARY_LSAN_SUPPRESSIONS);
  Exit e = run(KITH_ADMIN_BINARY, args, command, extra, shows_records);
  EXPECT_EQ(e.status, 0) << "kith-admin " << command << ": " << e.err;
  return e;
}

std::string CanaryFlows::admin_line(const std::string& command_line) {
  return server_->admin_line(command_line, kPassword);
}

// --- Devices ---------------------------------------------------------------------------------

Phone& CanaryFlows::phone(const std::string& role) {
  auto it = phones_.find(role);
  if (it == phones_.end()) throw std::runtime_error("no device for " + role);
  return *it->second;
}

Phone& CanaryFlows::invited(const std::string& role, const std::string& invite_role) {
  const std::string code = admin_line("invite --family " + family_ + " --role " + invite_role +
                                      " --name " + canary_.tagged("admin.invite." + role));
  auto device = std::make_unique<Phone>(dir("devices") / role);
  auto enrolled = device->enrol(*server_, {code, {}, {}});
  EXPECT_TRUE(enrolled) << role << ": " << enrolled.error().describe();
  auto synced = device->sync();
  EXPECT_TRUE(synced) << role << ": " << synced.error().describe();
  Phone& p = *device;
  phones_[role] = std::move(device);
  return p;
}

bool CanaryFlows::sync_until(Phone& p, const std::function<bool()>& done) {
  // kith-admin's changes reach the running server within about a second.
  for (int i = 0; i < 50; ++i) {
    auto r = p.sync();
    EXPECT_TRUE(r) << r.error().describe();
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

void CanaryFlows::put(Phone& p, Record record) {
  kinds_written_.insert(record.body_case());
  auto stored = p.store().put(record);
  EXPECT_TRUE(stored) << domain::kind_name(record.body_case()) << ": " << stored.error().describe();
}

// --- The flows -------------------------------------------------------------------------------

void CanaryFlows::run_every_role() {
  coordinator_ = admin_line("create-coordinator --name " +
                            canary_.tagged("admin.create-coordinator.name") + " --username sam");
  family_ = admin_line("create-family --name " + canary_.tagged("admin.create-family.name") +
                       " --coordinator " + coordinator_);
  ASSERT_TRUE(is_uuid(coordinator_) && is_uuid(family_)) << coordinator_ << " " << family_;
  // The most the server will say about what it does goes to its log, and the log is scanned.
  server_->start({"KITH_LOG=debug"});

  auto staff = std::make_unique<Phone>(dir("devices") / "coordinator");
  auto enrolled = staff->enrol(*server_, {{}, "sam", kPassword});
  ASSERT_TRUE(enrolled) << enrolled.error().describe();
  ASSERT_TRUE(staff->sync());
  phones_["coordinator"] = std::move(staff);
  invited("parent", "parent");
  invited("young-person", "young-person");
  invited("volunteer", "volunteer");
  ASSERT_FALSE(HasFailure());

  coordinator_writes();
  parent_acknowledges_ticks_and_asks();
  young_person_speaks();
  volunteer_logs();
  network_member_joins_from_the_coordinators_invite();
  coordinator_answers_edits_and_deletes();
  cli_parent();
  everyone_syncs();
  expect_devices_hold_every_kind();
  endings_exports_and_erasure();
  everyone_syncs();
}

// Every kind was written, and every kind with text holds the canary on some device, decrypted:
// the canary went everywhere it should, so not finding it on disk means something. Checked before
// the endings, which take the volunteer's records off every device.
void CanaryFlows::expect_devices_hold_every_kind() {
  std::map<Kind, bool> held;  // kind -> some record of it holds the canary
  for (auto& [role, p] : phones_) {
    for (Kind kind : domain::all_kinds()) {
      auto records = p->store().list({.kind = kind});
      ASSERT_TRUE(records) << records.error().describe();
      for (const Record& r : *records) held[kind] = held[kind] || holds_canary(r, canary_);
    }
  }
  for (Kind kind : domain::all_kinds()) {
    Record probe = sample(kind);
    fill_text_tagged(probe, canary_.text());
    const bool has_text = holds_canary(probe, canary_);
    const bool membership = kind == Kind::kMembership;  // made by kith-admin and enrolment
    EXPECT_TRUE(membership || kinds_written_.contains(kind))
        << domain::kind_name(kind) << " was never written by the flows";
    EXPECT_TRUE(held.contains(kind)) << "no device holds a " << domain::kind_name(kind);
    if (has_text) {
      EXPECT_TRUE(held[kind]) << "no device holds a " << domain::kind_name(kind)
                              << " with the canary in it";
    }
  }
}

// A coordinator writes the plan and its goals, and everything only staff write.
void CanaryFlows::coordinator_writes() {
  Phone& staff = phone("coordinator");
  const std::string parent = phone("parent").person_id;
  const std::string young = phone("young-person").person_id;
  const std::string volunteer = phone("volunteer").person_id;
  const std::string who = "coordinator";

  Record family;
  for (const Record& f : staff.list(Kind::kFamily)) {
    if (f.family().id() == family_) family = f;
  }
  ASSERT_TRUE(family.has_family()) << "the coordinator's device does not hold the family";
  fill_text_tagged(family, canary_.tagged(who + ".renamed"));  // an edit of kith-admin's name
  put(staff, family);

  Record conference = canary_record(Kind::kConference, family_, coordinator_, canary_, who);
  put(staff, conference);
  Record mistake =
      canary_record(Kind::kConference, family_, coordinator_, canary_, who + ".deleted");
  conference_id_ = mistake.conference().id();  // deleted later
  put(staff, mistake);
  Record plan = canary_record(Kind::kPlan, family_, coordinator_, canary_, who);
  plan.mutable_plan()->set_conference_id(conference.conference().id());
  plan_id_ = plan.plan().id();
  put(staff, plan);
  Record version = canary_record(Kind::kPlanVersion, family_, coordinator_, canary_, who + ".v1");
  auto* v = version.mutable_plan_version();
  v->set_plan_id(plan_id_);
  v->set_state(v1::PLAN_PUBLISHED);
  v->mutable_published_at()->set_seconds(now_seconds());
  v->mutable_actions(0)->mutable_owners(0)->set_person_id(parent);
  v->mutable_actions(0)->mutable_checked_by()->set_person_id(coordinator_);
  version_id_ = v->id();
  action_id_ = v->actions(0).id();
  put(staff, version);
  put(staff, canary_record(Kind::kAssessment, family_, coordinator_, canary_, who));
  put(staff, canary_record(Kind::kEpisode, family_, coordinator_, canary_, who));
  Record words = canary_record(Kind::kWordsAndPictures, family_, coordinator_, canary_, who);
  words.mutable_words_and_pictures()->set_child_id(young);
  put(staff, words);
  Record link = canary_record(Kind::kSupportLink, family_, coordinator_, canary_, who);
  link.mutable_support_link()->set_volunteer_id(volunteer);
  support_link_id_ = link.support_link().id();
  put(staff, link);
  // The young person's profile, with their needs, written by the coordinator.
  Record profile = canary_record(Kind::kPerson, family_, coordinator_, canary_, who + ".profile");
  profile.mutable_person()->set_id(young);
  profile.mutable_person()->mutable_needs()->set_recorded_by(coordinator_);
  put(staff, profile);

  auto report = staff.sync();
  ASSERT_TRUE(report) << report.error().describe();
  EXPECT_EQ(report->rejected, 0u) << "the coordinator's records were refused";
}

// A parent acknowledges the plan, ticks an action, scores the week, asks for help (and edits and
// withdraws a request), gives feedback, writes their own profile, and tries something refused.
void CanaryFlows::parent_acknowledges_ticks_and_asks() {
  Phone& p = phone("parent");
  const std::string me = p.person_id;
  const std::string volunteer = phone("volunteer").person_id;
  const std::string who = "parent";
  ASSERT_TRUE(p.sync());
  ASSERT_EQ(p.list(Kind::kPlanVersion).size(), 1u) << "the plan did not reach the parent";

  Record ack = canary_record(Kind::kPlanAcknowledgement, family_, me, canary_, who);
  ack.mutable_plan_acknowledgement()->set_plan_version_id(version_id_);
  put(p, ack);
  Record tick = canary_record(Kind::kActionUpdate, family_, me, canary_, who);
  tick.mutable_action_update()->set_plan_version_id(version_id_);
  tick.mutable_action_update()->set_action_id(action_id_);
  put(p, tick);
  put(p, canary_record(Kind::kScaleScore, family_, me, canary_, who));
  Record asked = canary_record(Kind::kHelpRequest, family_, me, canary_, who + ".of-volunteer");
  asked.mutable_help_request()->set_volunteer_id(volunteer);
  help_asked_id_ = asked.help_request().id();
  put(p, asked);
  Record feedback = canary_record(Kind::kFeedback, family_, me, canary_, who);
  feedback.mutable_feedback()->set_audience(v1::AUDIENCE_FAMILY);
  put(p, feedback);
  // Their own profile: every format of the plan, so kith-admin formats makes all four.
  Record profile = canary_record(Kind::kPerson, family_, me, canary_, who + ".profile");
  auto* person = profile.mutable_person();
  person->set_id(me);
  auto* needs = person->mutable_needs();
  needs->set_easy_read(true);
  needs->set_large_print(true);
  needs->set_audio(true);
  needs->set_braille(v1::BRAILLE_UEB_GRADE_1);
  needs->set_language("en");
  needs->set_recorded_by(me);
  put(p, profile);
  // Refused: a parent does not log a volunteer's contacts. The server keeps the refusal.
  Record refused = canary_record(Kind::kContactLog, family_, me, canary_, who + ".refused");
  refused.mutable_contact_log()->set_volunteer_id(me);
  put(p, refused);
  auto report = p.sync();
  ASSERT_TRUE(report) << report.error().describe();
  EXPECT_EQ(report->rejected, 1u) << "only the contact log should have been refused";

  // A help request sent, edited, then withdrawn by deleting it: three versions on the server.
  Record help = canary_record(Kind::kHelpRequest, family_, me, canary_, who + ".first");
  put(p, help);
  ASSERT_TRUE(p.sync());
  fill_text_tagged(help, canary_.tagged(who + ".edited"));
  put(p, help);
  ASSERT_TRUE(p.sync());
  ASSERT_TRUE(p.store().remove(Kind::kHelpRequest, help.help_request().id()));
  report = p.sync();
  ASSERT_TRUE(report) << report.error().describe();
  EXPECT_EQ(report->rejected, 0u);
}

// A young person gives feedback to staff, raises a concern, fills in their Three Houses and
// scores the week.
void CanaryFlows::young_person_speaks() {
  Phone& y = phone("young-person");
  const std::string me = y.person_id;
  const std::string who = "young-person";
  Record feedback = canary_record(Kind::kFeedback, family_, me, canary_, who);
  feedback.mutable_feedback()->set_audience(v1::AUDIENCE_STAFF);
  young_feedback_id_ = feedback.feedback().id();
  put(y, feedback);
  Record concern = canary_record(Kind::kConcern, family_, me, canary_, who);
  concern.mutable_concern()->set_kind(v1::CONCERN_NOT_SAFE);
  young_concern_id_ = concern.concern().id();
  put(y, concern);
  Record houses = canary_record(Kind::kThreeHouses, family_, me, canary_, who);
  houses.mutable_three_houses()->set_child_id(me);
  put(y, houses);
  Record score = canary_record(Kind::kScaleScore, family_, me, canary_, who);
  score.mutable_scale_score()->set_viewpoint(v1::VIEWPOINT_YOUNG_PERSON);
  put(y, score);
  auto report = y.sync();
  ASSERT_TRUE(report) << report.error().describe();
  EXPECT_EQ(report->rejected, 0u);
  EXPECT_TRUE(y.list(Kind::kConcern).empty()) << "a concern leaves the device once sent";
}

// A volunteer logs a contact and bed nights (edited; a second stay deleted), answers the help
// request asked of them, raises a worry, gives feedback and writes their profile.
void CanaryFlows::volunteer_logs() {
  Phone& v = phone("volunteer");
  const std::string me = v.person_id;
  const std::string young = phone("young-person").person_id;
  const std::string who = "volunteer";
  ASSERT_TRUE(v.sync());

  Record contact = canary_record(Kind::kContactLog, family_, me, canary_, who);
  contact.mutable_contact_log()->set_volunteer_id(me);
  contact.mutable_contact_log()->set_support_link_id(support_link_id_);
  put(v, contact);
  Record stay = canary_record(Kind::kHostingStay, family_, me, canary_, who + ".first");
  stay.mutable_hosting_stay()->set_volunteer_id(me);
  stay.mutable_hosting_stay()->set_support_link_id(support_link_id_);
  stay.mutable_hosting_stay()->clear_child_ids();
  stay.mutable_hosting_stay()->add_child_ids(young);
  put(v, stay);
  Record second = stay;
  second.mutable_hosting_stay()->set_id(new_uuid());
  put(v, second);
  ASSERT_TRUE(v.sync());
  fill_text_tagged(stay, canary_.tagged(who + ".edited"));
  put(v, stay);
  ASSERT_TRUE(v.store().remove(Kind::kHostingStay, second.hosting_stay().id()));

  // The help request the parent asked of them: arranged, by them.
  auto asked = v.store().get(Kind::kHelpRequest, help_asked_id_);
  ASSERT_TRUE(asked && asked->has_value()) << "the help request did not reach the volunteer";
  Record answer = **asked;
  answer.mutable_help_request()->set_status(v1::HELP_ARRANGED);
  answer.mutable_help_request()->set_given_by(me);
  put(v, answer);

  Record worry = canary_record(Kind::kConcern, family_, me, canary_, who);
  worry.mutable_concern()->set_kind(v1::CONCERN_VOLUNTEER_WORRY);
  put(v, worry);
  Record feedback = canary_record(Kind::kFeedback, family_, me, canary_, who);
  feedback.mutable_feedback()->set_audience(v1::AUDIENCE_STAFF);
  put(v, feedback);
  Record profile = canary_record(Kind::kPerson, family_, me, canary_, who + ".profile");
  profile.mutable_person()->set_id(me);
  profile.mutable_person()->mutable_needs()->set_recorded_by(me);
  put(v, profile);
  auto report = v.sync();
  ASSERT_TRUE(report) << report.error().describe();
  EXPECT_EQ(report->rejected, 0u);
}

// Someone from the family network, invited from the coordinator's device (POST /v1/invites).
void CanaryFlows::network_member_joins_from_the_coordinators_invite() {
  Phone& staff = phone("coordinator");
  auto invite = staff.engine().create_invite(
      {family_, "ROLE_NETWORK", canary_.tagged("coordinator.invite.network"), {}, 24});
  ASSERT_TRUE(invite) << invite.error().describe();
  auto device = std::make_unique<Phone>(dir("devices") / "network");
  auto enrolled = device->enrol(*server_, {invite->code, {}, {}});
  ASSERT_TRUE(enrolled) << enrolled.error().describe();
  ASSERT_TRUE(device->sync());
  Phone& n = *device;
  phones_["network"] = std::move(device);
  const std::string who = "network";
  Record ack = canary_record(Kind::kPlanAcknowledgement, family_, n.person_id, canary_, who);
  ack.mutable_plan_acknowledgement()->set_plan_version_id(version_id_);
  put(n, ack);
  Record score = canary_record(Kind::kScaleScore, family_, n.person_id, canary_, who);
  score.mutable_scale_score()->set_viewpoint(v1::VIEWPOINT_NETWORK);
  put(n, score);
  Record feedback = canary_record(Kind::kFeedback, family_, n.person_id, canary_, who);
  feedback.mutable_feedback()->set_audience(v1::AUDIENCE_FAMILY);
  put(n, feedback);
  auto report = n.sync();
  ASSERT_TRUE(report) << report.error().describe();
  EXPECT_EQ(report->rejected, 0u);
}

// The coordinator answers the young person, acknowledges their concern, drafts, edits and
// publishes a second plan version, supersedes the first, and deletes the conference.
void CanaryFlows::coordinator_answers_edits_and_deletes() {
  Phone& staff = phone("coordinator");
  const std::string young = phone("young-person").person_id;
  const std::string parent = phone("parent").person_id;
  const std::string who = "coordinator";
  ASSERT_TRUE(staff.sync());

  Record reply = canary_record(Kind::kFeedback, family_, coordinator_, canary_, who + ".reply");
  reply.mutable_feedback()->set_audience(v1::AUDIENCE_STAFF);
  reply.mutable_feedback()->set_reply_to(young_feedback_id_);
  reply.mutable_feedback()->set_to_person(young);
  put(staff, reply);
  auto concern = staff.store().get(Kind::kConcern, young_concern_id_);
  ASSERT_TRUE(concern && concern->has_value()) << "the concern did not reach the coordinator";
  Record seen = **concern;
  seen.mutable_concern()->set_acknowledged_by(coordinator_);
  seen.mutable_concern()->mutable_acknowledged_at()->set_seconds(now_seconds());
  put(staff, seen);

  Record draft = canary_record(Kind::kPlanVersion, family_, coordinator_, canary_, who + ".draft");
  auto* v = draft.mutable_plan_version();
  v->set_plan_id(plan_id_);
  v->set_number(2);
  v->set_state(v1::PLAN_DRAFT);
  v->mutable_actions(0)->mutable_owners(0)->set_person_id(parent);
  put(staff, draft);
  ASSERT_TRUE(staff.sync());
  fill_text_tagged(draft, canary_.tagged(who + ".v2"));
  draft.mutable_plan_version()->set_state(v1::PLAN_PUBLISHED);
  draft.mutable_plan_version()->mutable_published_at()->set_seconds(now_seconds());
  action_id_ = draft.plan_version().actions(0).id();
  version_id_ = draft.plan_version().id();
  put(staff, draft);
  for (Record old : staff.list(Kind::kPlanVersion)) {
    if (old.plan_version().number() != 1) continue;
    old.mutable_plan_version()->set_state(v1::PLAN_SUPERSEDED);
    put(staff, old);
  }
  ASSERT_TRUE(staff.store().remove(Kind::kConference, conference_id_));
  auto report = staff.sync();
  ASSERT_TRUE(report) << report.error().describe();
  EXPECT_EQ(report->rejected, 0u);
}

// A second parent on kith-cli, the program: enrol, scores, a help request, an action ticked, and
// a record from a file of their own; status and list show them what the device holds.
void CanaryFlows::cli_parent() {
  const std::string code = admin_line("invite --family " + family_ + " --role parent --name " +
                                      canary_.tagged("admin.invite.cli-parent"));
  const std::string store = (dir("cli") / "parent").string();
  const std::string ca = (dir("cli") / "ca.pem").string();
  write_all(ca, server_->ca().certificate);
  cli(store, {"init"});
  // It greets the person by name, so its output is what they asked to see.
  const Exit enrol =
      cli(store, {"enrol", "--server", server_->url(), "--ca", ca, "--code", code}, true);
  std::string me;
  std::istringstream lines(enrol.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("person ")) me = line.substr(7);
  }
  ASSERT_TRUE(is_uuid(me)) << "kith-cli enrol did not name the person: " << enrol.out;
  cli(store, {"sync"});
  cli(store,
      {"add", "scale-score", "score=7", "reason=" + canary_.tagged("cli.scale_score.reason")});
  cli(store,
      {"add", "help-request", "description=" + canary_.tagged("cli.help_request.description")});
  cli(store, {"done", action_id_, "--status", "in-progress"});
  // A record the person wrote in a file of their own (asked/own/), stored with `put`.
  Record feedback = canary_record(Kind::kFeedback, family_, me, canary_, "cli.put");
  feedback.mutable_feedback()->set_audience(v1::AUDIENCE_FAMILY);
  v1::RecordSet set;
  *set.add_records() = feedback;
  const fs::path file = dir("asked") / "own" / "feedback.json";
  write_all(file, domain::to_json(set, true));
  cli(store, {"put", file.string()});
  const Exit synced = cli(store, {"sync"});
  EXPECT_NE(synced.out.find("Sent 4 changes"), std::string::npos) << synced.out;
  kinds_written_.insert(
      {Kind::kScaleScore, Kind::kHelpRequest, Kind::kActionUpdate, Kind::kFeedback});
  // A new data key: SQLCipher rekeys through a rollback journal, and kith.key.next is written
  // before the database changes (docs/SECURITY.md). Neither may leave the canary behind.
  cli(store, {"rekey"});
  cli(store, {"status", "--json"}, true);  // names the person
  const Exit listed = cli(store, {"list", "feedback", "--json"}, true);
  EXPECT_NE(listed.out.find(canary_.text()), std::string::npos)
      << "kith-cli list should show the person their records, canary and all";
}

void CanaryFlows::everyone_syncs() {
  for (int round = 0; round < 2; ++round) {
    for (auto& [role, p] : phones_) {
      if (role == "network" && round > 0) continue;
      auto r = p->sync();
      // The network member is erased at the end, and their device is then refused.
      if (!r && role == "network" && r.error().code == ErrorCode::device_revoked) continue;
      EXPECT_TRUE(r) << role << ": " << r.error().describe();
    }
  }
}

// The volunteer's part ends (their device purges the family); a parent's export and their plan in
// their formats; the audit log; the network member erased.
void CanaryFlows::endings_exports_and_erasure() {
  Phone& v = phone("volunteer");
  ASSERT_GT(*v.store().count({.family_id = family_}), 0);
  ASSERT_EQ(server_->admin("end-membership --family " + family_ + " --person " + v.person_id), 0);
  EXPECT_TRUE(sync_until(v, [&] { return *v.store().count({.family_id = family_}) == 0; }))
      << "the volunteer's device still holds the family after their membership ended";

  const std::string parent = phone("parent").person_id;
  const std::string export_file = (dir("asked") / ("export-" + parent + ".json")).string();
  admin_program({"export-person", "--person", parent, "--out", export_file});
  export_files_.push_back(export_file);
  formats_dir_ = (dir("asked") / "formats").string();
  fs::create_directory(formats_dir_);
  admin_program({"formats", "--person", parent, "--out", formats_dir_});
  admin_program({"audit"});  // ids and actions only: its output is checked like any other
  admin_program({"check"});

  ASSERT_EQ(server_->admin("erase-person --person " + phone("network").person_id), 0);
  EXPECT_TRUE(sync_until(phone("coordinator"), [&] {
    for (const Record& a : phone("coordinator").list(Kind::kPlanAcknowledgement)) {
      if (a.plan_acknowledgement().by() == phone("network").person_id) return false;
    }
    return true;
  })) << "the erased person's acknowledgement is still on the coordinator's device";
}

void CanaryFlows::stop_everything() {
  for (auto& [role, p] : phones_) p->close();
  if (!server_) return;
  server_->stop(SIGTERM);
  EXPECT_TRUE(WIFEXITED(server_->last_status()) && WEXITSTATUS(server_->last_status()) == 0)
      << "kith-server did not drain and exit 0 on SIGTERM:\n"
      << server_->log_text();
}

// --- What is on disk -------------------------------------------------------------------------

std::vector<Hit> CanaryFlows::scan_written(ScanTally& tally) {
  const fs::path asked = dir("asked");
  auto hits = scan_tree(root(), canary_, tally, [&](const fs::path& p) {
    const auto relative = p.lexically_relative(asked);
    return relative.empty() || relative.begin()->string() == "..";
  });
  // The files the server and this process (the devices) hold open, deleted ones too, that are not
  // in the folders above; not this process's stdin, stdout and stderr (the test's own output).
  const auto scan_open_files = [&](const std::string& pid, const std::string& whose) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/proc/" + pid + "/fd", ec)) {
      const std::string fd = entry.path().filename().string();
      if (whose == "this test's" && (fd == "0" || fd == "1" || fd == "2")) continue;
      std::error_code link_error;
      const fs::path target = fs::read_symlink(entry.path(), link_error);
      if (link_error || !fs::is_regular_file(fs::status(entry.path(), link_error))) continue;
      const std::string name = target.string();
      const bool deleted = name.ends_with(" (deleted)");
      if (!deleted && name.starts_with(root().string())) continue;  // scanned above
      auto found = scan_file(entry.path(), canary_, tally);
      for (Hit& h : found) h.path = whose + " open file " + name;
      hits.insert(hits.end(), found.begin(), found.end());
    }
  };
  if (server_ && server_->pid() > 0)
    scan_open_files(std::to_string(server_->pid()), "kith-server's");
  scan_open_files("self", "this test's");
  return hits;
}

std::vector<Hit> CanaryFlows::scan_stray_temporary_files(ScanTally& tally,
                                                         const std::string& except) {
  std::vector<Hit> hits;
  const auto since =
      fs::file_time_type::clock::now() - std::chrono::seconds(now_seconds() - started_at_ + 5);
  for (const char* top : {"/tmp", "/var/tmp"}) {
    auto found = scan_tree(top, canary_, tally, [&](const fs::path& p) {
      const std::string s = p.string();
      if (s.starts_with(root().string())) return false;
      if (!except.empty() && s.starts_with(except)) return false;
      std::error_code ec;
      // This test's own output, when someone sends it to a file: a failure message may quote
      // the canary, and that is the test speaking, not Kith.
      for (const char* own : {"/proc/self/fd/1", "/proc/self/fd/2"}) {
        if (fs::equivalent(p, own, ec)) return false;
      }
      const auto size = fs::file_size(p, ec);
      if (ec || size > (64u << 20)) return false;
      const auto changed = fs::last_write_time(p, ec);
      return !ec && changed >= since;
    });
    hits.insert(hits.end(), found.begin(), found.end());
  }
  // Other tests' files come and go: only what this test could not read in its own folders counts.
  tally.unreadable.clear();
  return hits;
}

std::vector<std::string> CanaryFlows::crash_files() const {
  const auto crash_name = [](const std::string& name) {
    return name == "core" || name.starts_with("core.") || name.starts_with("vgcore.") ||
           name.ends_with(".core");
  };
  std::vector<std::string> found;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root(), ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (crash_name(it->path().filename().string())) found.push_back(it->path().string());
  }
  // A core pattern that names a folder ("/var/crash/core.%e.%p") puts cores there, not in the
  // working directory: look there too for a new one from a Kith program. (A pattern that pipes
  // to a handler, "|...", leaves it to the handler; the processes' exit statuses still show a
  // crash: run() and stop_everything() check them.)
  std::string pattern;
  std::getline(std::ifstream("/proc/sys/kernel/core_pattern"), pattern);
  if (pattern.starts_with("/")) {
    const auto since =
        fs::file_time_type::clock::now() - std::chrono::seconds(now_seconds() - started_at_ + 5);
    for (const auto& entry : fs::directory_iterator(fs::path(pattern).parent_path(), ec)) {
      std::error_code time_error;
      const std::string name = entry.path().filename().string();
      if (name.find("kith") != std::string::npos &&
          fs::last_write_time(entry.path(), time_error) >= since && !time_error) {
        found.push_back(entry.path().string());
      }
    }
  }
  return found;
}

void CanaryFlows::expect_canary_where_it_belongs() {
  // The export and the formats hold it: the scanner finds what is there.
  // The parent's export: their profile and what they wrote, each field found by its tag.
  for (const std::string& file : export_files_) {
    ScanTally tally;
    const auto hits = scan_file(file, canary_, tally);
    for (const char* field :
         {"parent.profile.person.display_name", "parent.profile.person.needs.other",
          "parent.scale_score.reason", "parent.feedback.text", "parent.action_update.note",
          "parent.of-volunteer.help_request.description"}) {
      const std::string tagged = canary_.tagged(field);
      EXPECT_TRUE(std::any_of(hits.begin(), hits.end(),
                              [&](const Hit& h) { return h.after.starts_with(tagged); }))
          << file << " does not hold " << field << ":\n"
          << describe(hits);
    }
  }
  ASSERT_FALSE(formats_dir_.empty());
  std::set<std::string> extensions;
  for (const auto& entry : fs::directory_iterator(formats_dir_)) {
    extensions.insert(entry.path().extension().string());
    if (entry.path().extension() == ".txt") {
      ScanTally tally;
      EXPECT_FALSE(scan_file(entry.path(), canary_, tally).empty()) << entry.path();
    }
  }
  EXPECT_EQ(extensions, (std::set<std::string>{".brf", ".pdf", ".txt", ".wav"}));
}

}  // namespace kith::testing
