using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartooGroups.Api.Persistence.Migrations
{
    /// <summary>
    /// Gives businesses an integer primary key and makes group memberships reference it instead of the 24-character id,
    /// in a table without rowid (its primary key is the table). Written by hand: the scaffolded rebuild would drop every
    /// membership, and the model cannot say WITHOUT ROWID. Both tables are rebuilt in one transaction with foreign keys
    /// off, as EF Core rebuilds SQLite tables: dropping Businesses with them on would delete the rows that reference it.
    /// </summary>
    public partial class MembershipsByBusinessKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql(
                """
                CREATE TABLE "ef_temp_Businesses" (
                    "Key" INTEGER NOT NULL CONSTRAINT "PK_Businesses" PRIMARY KEY AUTOINCREMENT,
                    "Id" TEXT NOT NULL,
                    "OrgId" INTEGER NOT NULL,
                    "Name" TEXT NOT NULL,
                    "Reach" TEXT NOT NULL,
                    "Code" TEXT NULL,
                    "City" TEXT NULL,
                    "Zipcode" TEXT NULL,
                    "Country" TEXT NULL,
                    "Status" TEXT NOT NULL,
                    "CreatedAt" TEXT NOT NULL,
                    CONSTRAINT "AK_Businesses_Id" UNIQUE ("Id"),
                    CONSTRAINT "FK_Businesses_Organizations_OrgId" FOREIGN KEY ("OrgId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
                );

                INSERT INTO "ef_temp_Businesses" ("Id", "OrgId", "Name", "Reach", "Code", "City", "Zipcode", "Country", "Status", "CreatedAt")
                SELECT "Id", "OrgId", "Name", "Reach", "Code", "City", "Zipcode", "Country", "Status", "CreatedAt"
                FROM "Businesses" ORDER BY rowid;

                CREATE TABLE "ef_temp_GroupBusinesses" (
                    "GroupId" INTEGER NOT NULL,
                    "BusinessKey" INTEGER NOT NULL,
                    CONSTRAINT "PK_GroupBusinesses" PRIMARY KEY ("GroupId", "BusinessKey"),
                    CONSTRAINT "FK_GroupBusinesses_Businesses_BusinessKey" FOREIGN KEY ("BusinessKey") REFERENCES "Businesses" ("Key") ON DELETE CASCADE,
                    CONSTRAINT "FK_GroupBusinesses_Groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "Groups" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;

                INSERT INTO "ef_temp_GroupBusinesses" ("GroupId", "BusinessKey")
                SELECT m."GroupId", b."Key"
                FROM "GroupBusinesses" AS m JOIN "ef_temp_Businesses" AS b ON b."Id" = m."BusinessId";

                DROP TABLE "GroupBusinesses";
                DROP TABLE "Businesses";
                ALTER TABLE "ef_temp_Businesses" RENAME TO "Businesses";
                ALTER TABLE "ef_temp_GroupBusinesses" RENAME TO "GroupBusinesses";
                CREATE INDEX "IX_Businesses_OrgId" ON "Businesses" ("OrgId");
                CREATE UNIQUE INDEX "IX_Businesses_OrgId_Code" ON "Businesses" ("OrgId", "Code");
                CREATE INDEX "IX_GroupBusinesses_BusinessKey" ON "GroupBusinesses" ("BusinessKey");
                """);
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql(
                """
                CREATE TABLE "ef_temp_Businesses" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_Businesses" PRIMARY KEY,
                    "OrgId" INTEGER NOT NULL,
                    "Name" TEXT NOT NULL,
                    "Reach" TEXT NOT NULL,
                    "Code" TEXT NULL,
                    "City" TEXT NULL,
                    "Zipcode" TEXT NULL,
                    "Country" TEXT NULL,
                    "Status" TEXT NOT NULL,
                    "CreatedAt" TEXT NOT NULL,
                    CONSTRAINT "FK_Businesses_Organizations_OrgId" FOREIGN KEY ("OrgId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
                );

                INSERT INTO "ef_temp_Businesses" ("Id", "OrgId", "Name", "Reach", "Code", "City", "Zipcode", "Country", "Status", "CreatedAt")
                SELECT "Id", "OrgId", "Name", "Reach", "Code", "City", "Zipcode", "Country", "Status", "CreatedAt"
                FROM "Businesses" ORDER BY "Key";

                CREATE TABLE "ef_temp_GroupBusinesses" (
                    "GroupId" INTEGER NOT NULL,
                    "BusinessId" TEXT NOT NULL,
                    CONSTRAINT "PK_GroupBusinesses" PRIMARY KEY ("GroupId", "BusinessId"),
                    CONSTRAINT "FK_GroupBusinesses_Businesses_BusinessId" FOREIGN KEY ("BusinessId") REFERENCES "Businesses" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_GroupBusinesses_Groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "Groups" ("Id") ON DELETE CASCADE
                );

                INSERT INTO "ef_temp_GroupBusinesses" ("GroupId", "BusinessId")
                SELECT m."GroupId", b."Id"
                FROM "GroupBusinesses" AS m JOIN "Businesses" AS b ON b."Key" = m."BusinessKey";

                DROP TABLE "GroupBusinesses";
                DROP TABLE "Businesses";
                ALTER TABLE "ef_temp_Businesses" RENAME TO "Businesses";
                ALTER TABLE "ef_temp_GroupBusinesses" RENAME TO "GroupBusinesses";
                CREATE INDEX "IX_Businesses_OrgId" ON "Businesses" ("OrgId");
                CREATE UNIQUE INDEX "IX_Businesses_OrgId_Code" ON "Businesses" ("OrgId", "Code");
                CREATE INDEX "IX_GroupBusinesses_BusinessId" ON "GroupBusinesses" ("BusinessId");
                """);
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }
    }
}
