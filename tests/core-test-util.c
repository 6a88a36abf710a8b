/* core-test-util.c: checks shared by the tests without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "core-test-util.h"

/* Validates the sidecar at @path against data/diptych-annotations.schema.json
 * with Debian's python3-jsonschema (said, not failed, where it is missing).
 */
void
core_test_assert_valid_sidecar (const char *path)
{
  g_autofree char *schema = g_build_filename (g_getenv ("DIPTYCH_SOURCE_ROOT"), "data",
                                              "diptych-annotations.schema.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *argv[] = {
    "/usr/bin/python3", "-c",
    "import json, sys, jsonschema\n"
    "schema = json.load(open(sys.argv[1]))\n"
    "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n",
    schema, path, NULL
  };

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_message ("no /usr/bin/python3: schema not checked");
      return;
    }

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (strstr (err, "No module named 'jsonschema'") != NULL)
    {
      g_test_message ("python3-jsonschema missing: schema not checked");
      return;
    }
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("sidecar does not match the schema:\n%s", err);
}
