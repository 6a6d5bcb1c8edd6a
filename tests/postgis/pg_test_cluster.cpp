#include "postgis/pg_test_cluster.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>

#include "postgis/pg_connection.h"

namespace fs = std::filesystem;

namespace chronomap::test {
namespace {

std::string& reason() {
    static std::string why;
    return why;
}

int free_port() {
    int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(s, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(s);
    return port;
}

std::string server_bin() {
    if (const char* given = std::getenv("CHRONOMAP_PG_BIN")) return given;
    for (const char* version : {"17", "16", "15", "14", "13"}) {
        std::string bin = std::string("/usr/lib/postgresql/") + version + "/bin";
        if (fs::exists(bin + "/initdb") && fs::exists(bin + "/pg_ctl")) return bin;
    }
    return {};
}

// PostGIS's control file next to the server's own extensions (share dir of the same version).
bool has_postgis(const std::string& bin) {
    fs::path share = fs::path(bin).parent_path().parent_path().parent_path().parent_path() / "share" /
                     "postgresql" / fs::path(bin).parent_path().filename() / "extension" / "postgis.control";
    return fs::exists(share);
}

int run(const std::string& command) { return std::system(command.c_str()); }

}  // namespace

const std::string& PgTestCluster::skip_reason() { return reason(); }

PgTestCluster* PgTestCluster::shared() {
    static std::unique_ptr<PgTestCluster> cluster = [] {
        std::unique_ptr<PgTestCluster> c(new PgTestCluster());
        std::string why;
        if (!c->start(why)) {
            reason() = why;
            return std::unique_ptr<PgTestCluster>();
        }
        return c;
    }();
    return cluster.get();
}

bool PgTestCluster::start(std::string& why) {
    bin_ = server_bin();
    if (bin_.empty()) {
        why = "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin; Debian: postgresql-15)";
        return false;
    }
    if (!has_postgis(bin_)) {
        why = "PostGIS is not installed for " + bin_ + " (Debian: postgresql-15-postgis-3)";
        return false;
    }
    char pattern[] = "/tmp/chronomap-pg-XXXXXX";
    if (!::mkdtemp(pattern)) {
        why = "cannot make a temporary folder";
        return false;
    }
    folder_ = pattern;
    if (::geteuid() == 0) {
        // initdb refuses root: the cluster belongs to `nobody`.
        passwd* nobody = ::getpwnam("nobody");
        if (!nobody || ::chown(folder_.c_str(), nobody->pw_uid, nobody->pw_gid) != 0) {
            why = "running as root and cannot hand " + folder_ + " to the user nobody";
            return false;
        }
        run_as_ = "setpriv --reuid=" + std::to_string(nobody->pw_uid) + " --regid=" +
                  std::to_string(nobody->pw_gid) + " --clear-groups -- ";
    }
    const std::string in_folder = "cd '" + folder_ + "' && " + run_as_;
    if (run(in_folder + bin_ + "/initdb -D '" + folder_ + "/data' -U chronomap --auth=trust -E UTF8 "
            "--locale=C --no-sync > '" + folder_ + "/initdb.log' 2>&1") != 0) {
        why = "initdb failed (see " + folder_ + "/initdb.log)";
        return false;
    }
    started_ = true;  // from here on, the destructor stops it
    // ctest runs several test programs at once, each with its own cluster: another one may
    // take the free port between free_port() and the server's bind, so try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
        port_ = free_port();
        std::string options = "-p " + std::to_string(port_) + " -k " + folder_ +
                              " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                              "-c full_page_writes=off";
        if (run(in_folder + bin_ + "/pg_ctl -D '" + folder_ + "/data' -o '" + options + "' -l '" +
                folder_ + "/server.log' -w -t 60 start > /dev/null 2>&1") == 0)
            return true;
    }
    std::ifstream log(folder_ + "/server.log");
    std::stringstream text;
    text << log.rdbuf();
    why = "the test server did not start: " + text.str();
    return false;
}

PgTestCluster::~PgTestCluster() {
    if (started_)
        run("cd '" + folder_ + "' && " + run_as_ + bin_ + "/pg_ctl -D '" + folder_ +
            "/data' -m immediate -w stop > /dev/null 2>&1");
    if (!folder_.empty()) {
        std::error_code ignored;
        fs::remove_all(folder_, ignored);
    }
}

std::string PgTestCluster::uri(const std::string& database) {
    static std::set<std::string> created;
    if (!created.count(database) && database != "postgres") {
        sql("postgres", "CREATE DATABASE \"" + database + "\"");
        created.insert(database);
    }
    return "postgresql://chronomap@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

void PgTestCluster::sql(const std::string& database, const std::string& statement) {
    try {
        postgis::PgConnection db("postgresql://chronomap@127.0.0.1:" + std::to_string(port_) + "/" + database);
        db.exec(statement);
    } catch (const postgis::PgError& e) {
        throw std::runtime_error(std::string(e.what()) + " [" + statement + "]");
    }
}

}  // namespace chronomap::test
