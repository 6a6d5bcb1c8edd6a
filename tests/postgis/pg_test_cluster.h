// A throwaway PostgreSQL 15 + PostGIS cluster for the tests: initdb in a temporary folder,
// started on a free port (TCP on 127.0.0.1, its Unix socket in that folder), stopped and
// deleted when the test program ends, whether its tests passed or failed.
//
// PostgreSQL refuses to run as root: when the tests run as root (CI containers), initdb,
// pg_ctl and the server run as the system user `nobody` through setpriv(1), and the
// temporary folder is given to that user. The cluster trusts local connections; its
// superuser is "chronomap".
#pragma once

#include <string>

namespace chronomap::test {

class PgTestCluster {
  public:
    // The one cluster of this test program, started on first use. nullptr when the server
    // binaries or PostGIS are not installed; skip_reason() then says what is missing.
    static PgTestCluster* shared();
    static const std::string& skip_reason();

    // postgresql://chronomap@127.0.0.1:PORT/DATABASE (created on first request, empty)
    std::string uri(const std::string& database);
    int port() const { return port_; }
    // Runs SQL as the superuser in `database`; throws std::runtime_error with the server's message.
    void sql(const std::string& database, const std::string& statement);
    ~PgTestCluster();

  private:
    PgTestCluster() = default;
    bool start(std::string& why);
    std::string folder_, bin_, run_as_;
    int port_ = 0;
    bool started_ = false;
};

}  // namespace chronomap::test
