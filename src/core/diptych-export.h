/* diptych-export.h: annotations in formats other tools read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-annotation-store.h"

G_BEGIN_DECLS

typedef enum
{
  DIPTYCH_EXPORT_CSV,
  DIPTYCH_EXPORT_W3C,
  DIPTYCH_EXPORT_BRAT,
  DIPTYCH_EXPORT_DOCCANO,
} DiptychExportFormat;

const char *diptych_export_format_to_string   (DiptychExportFormat     format);
gboolean    diptych_export_format_from_string (const char             *str,
                                               DiptychExportFormat    *format);
const char *diptych_export_format_extension   (DiptychExportFormat     format);

char       *diptych_export_csv                (DiptychAnnotationStore *store);
char       *diptych_export_w3c                (DiptychAnnotationStore *store);
char       *diptych_export_brat               (DiptychAnnotationStore *store);
char       *diptych_export_doccano            (DiptychAnnotationStore *store);
char       *diptych_export                    (DiptychAnnotationStore *store,
                                               DiptychExportFormat     format);
char       *diptych_export_stem               (DiptychAnnotationStore *store);
gboolean    diptych_export_to_folder          (DiptychAnnotationStore *store,
                                               DiptychExportFormat     format,
                                               GFile                  *folder,
                                               GError                **error);

G_END_DECLS
