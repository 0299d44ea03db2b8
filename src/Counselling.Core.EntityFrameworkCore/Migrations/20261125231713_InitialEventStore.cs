using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Counselling.Core.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    internal partial class InitialEventStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CounsellingCaseload",
                columns: table => new
                {
                    InterventionId = table.Column<Guid>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: false),
                    CounsellorId = table.Column<Guid>(nullable: false),
                    State = table.Column<string>(maxLength: 20, nullable: false),
                    HoldExpectedBy = table.Column<DateOnly>(nullable: true),
                    NextSessionAt = table.Column<DateTime>(nullable: true),
                    LastChangeAt = table.Column<DateTime>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounsellingCaseload", x => x.InterventionId);
                });

            migrationBuilder.CreateTable(
                name: "CounsellingEvents",
                columns: table => new
                {
                    InterventionId = table.Column<Guid>(nullable: false),
                    Position = table.Column<int>(nullable: false),
                    Type = table.Column<string>(maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(nullable: false),
                    ActorKind = table.Column<string>(maxLength: 20, nullable: false),
                    Payload = table.Column<string>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounsellingEvents", x => new { x.InterventionId, x.Position });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingCaseload_ClientId",
                table: "CounsellingCaseload",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingCaseload_CounsellorId_HoldExpectedBy",
                table: "CounsellingCaseload",
                columns: new[] { "CounsellorId", "HoldExpectedBy" });

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingCaseload_CounsellorId_NextSessionAt",
                table: "CounsellingCaseload",
                columns: new[] { "CounsellorId", "NextSessionAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingCaseload_CounsellorId_State",
                table: "CounsellingCaseload",
                columns: new[] { "CounsellorId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CounsellingCaseload");

            migrationBuilder.DropTable(
                name: "CounsellingEvents");
        }
    }
}
