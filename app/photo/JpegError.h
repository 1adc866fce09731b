#pragma once

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE

#include <jpeglib.h>

namespace dd::photo {

// libjpeg's error manager for the code of app/photo that calls libjpeg itself (internal). A
// fatal error calls error_exit, which must not return: it jumps back to `jump`, set with setjmp
// in the frame that called libjpeg; that frame must hold nothing with a destructor (the jump
// would skip it). Warnings (damaged data libjpeg decodes all the same) print nothing.
struct JpegError
{
    jpeg_error_mgr manager;
    std::jmp_buf jump;

    // Installs this error manager on a compress or decompress object (before its create call).
    template<typename Info>
    void install(Info *info)
    {
        info->err = jpeg_std_error(&manager);
        manager.error_exit = exit;
        manager.output_message = silence;
    }

private:
    [[noreturn]] static void exit(j_common_ptr info)
    {
        std::longjmp(reinterpret_cast<JpegError *>(info->err)->jump, 1);
    }
    static void silence(j_common_ptr) {}
};

} // namespace dd::photo
