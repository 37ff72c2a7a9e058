/* One kopru call from C, for the network suite: `call CONFIG_JSON OP PARAMS_JSON`.
 * Prints the result (exit 0) or the last error as JSON on stderr (exit 1). The
 * config carries no proxy or certificate setting of kopru's own: the environment
 * and the system's certificate store decide. */
#include <stdio.h>
#include <string.h>
#include "kopru.h"

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: call CONFIG_JSON OP PARAMS_JSON\n");
        return 2;
    }
    kopru_client *client = NULL;
    char *result = NULL;
    char *error = NULL;
    int status = 1;
    if (kopru_client_new((const uint8_t *)argv[1], strlen(argv[1]), &client) == KOPRU_OK &&
        kopru_client_call(client, (const uint8_t *)argv[2], strlen(argv[2]),
                          (const uint8_t *)argv[3], strlen(argv[3]), &result,
                          NULL) == KOPRU_OK) {
        puts(result);
        kopru_string_free(result);
        status = 0;
    } else if (kopru_last_error_json(&error, NULL) == KOPRU_OK) {
        fprintf(stderr, "%s\n", error);
        kopru_string_free(error);
    }
    kopru_client_free(client);
    return status;
}
