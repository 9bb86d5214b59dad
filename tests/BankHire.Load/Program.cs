using BankHire.Load;

// Load tool against a running BankHire.
//   resume intake:   dotnet run -c Release --project tests/BankHire.Load -- [resumes] http://localhost:5000 admin '<password>' 300
//   live interviews: dotnet run -c Release --project tests/BankHire.Load -- interview http://localhost:5000 admin '<password>' 1,20 [--seconds 10] [--unpaced] [--raw-frames 200] [--fresh-job]
//   bank's speech service double (for the app's BankHire:Speech:Engines): … -- asr-double 5099 [--latency-ms 300]
//   soak:            dotnet run -c Release --project tests/BankHire.Load -- soak http://localhost:5000 admin '<password>' 100 [--minutes 60] [--seconds 20] [--sample-seconds 60]
switch (args.ElementAtOrDefault(0))
{
    case "interview":
        await InterviewLoad.RunAsync(InterviewLoadOptions.Parse(args[1..]));
        break;
    case "soak":
        await SoakLoad.RunAsync(SoakLoad.Parse(args[1..]));
        break;
    case "asr-double":
        await BankHire.Load.Interview.BankSpeechServiceDouble.RunAsync(args[1..]);
        break;
    case "resumes":
        await ResumeIntake.RunAsync(args[1..]);
        break;
    default:
        await ResumeIntake.RunAsync(args);
        break;
}
